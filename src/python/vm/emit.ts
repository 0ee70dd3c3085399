/**
 * How an instruction's one definition (instructions.ts) becomes code in each tier.
 *
 * A definition is a template written against `Emit`: it reads and writes stack
 * slots relative to the stack pointer before the instruction, and leaves through
 * the operations below. The interpreter (eval.ts) expands every template once,
 * into one `case` of its dispatch switch, with the argument and the stack pointer
 * as variables. The compiled tier (jit.ts) expands them per instruction of a hot
 * code object, with the argument a literal and every slot a fixed index (the stack
 * depth before each instruction is static: Code.depths), so straight-line code
 * falls from one case into the next without dispatch.
 *
 * Positions and stack movements are written `k - m·arg` as (k, m): CALL's callee
 * sits at (-1, 1), BUILD_TUPLE leaves the stack moved by (1, 1).
 *
 * Saving the frame (SAVE: ip, sp and the budget left, exactly as the interpreter
 * keeps them) happens in one place, `save`, whichever way an instruction leaves.
 */

export interface Emit {
  /** The instruction's argument as code: the variable `arg` (interpreter) or a literal. */
  readonly arg: string;
  /** The argument's value while generating: known in the compiled tier, null in the interpreter. */
  readonly known: number | null;
  /** Index of the stack slot at sp + k - m·arg (sp: before the instruction). */
  at(k: number, m?: number): string;
  /** The stack slot at sp + k - m·arg, as an expression that can be assigned. */
  s(k: number, m?: number): string;
  /** Done: go on with the next instruction, the stack pointer moved by k - m·arg. */
  next(k: number, m?: number): string;
  /** Go on at instruction `target` (code), the stack pointer moved by k. */
  jump(target: string, k: number): string;
  /**
   * SAVE: ip, sp (moved by k - m·arg) into the frame and the budget into the thread,
   * before anything that may change the frame on top. The saved ip is the next
   * instruction, or this one when `retry` (the instruction runs again on resume).
   */
  save(k: number, m?: number, retry?: boolean): string;
  /** After `save`: back to the driver, which runs whatever frame is on top now. */
  readonly out: string;
  /**
   * After `save` and pushing `nf` (a plain call's frame): run it. The compiled tier
   * may call a compiled callee on the JS stack (`nested`); the interpreter goes
   * through its driver.
   */
  readonly enterFrame: string;
  /** A back edge to `target`: where the interpreter tiers a hot loop up (nothing in the compiled tier). */
  backEdge(target: string): string;
  /** An inline cache object for this instruction, or null (the interpreter keeps none). */
  cache(): string | null;
  /** Local slot `n` is bound on every path into this code (compiled tier's analysis; false in the interpreter). */
  bound(n: number): boolean;
  /** `body(pred(arg))`: chosen while generating when the argument is known, else `if (test) … else …`. */
  split(pred: (a: number) => boolean, test: string, body: (yes: boolean) => string): string;
  /** `body(sel(arg))` for the selectors in `keys` (nothing for others): chosen while generating, else a switch on `selSrc`. */
  cases(sel: (a: number) => number, selSrc: string, keys: readonly number[], body: (key: number) => string): string;
  /** An expression of the argument: its value while generating when known, else `src`. */
  of(f: (a: number) => number, src: string): string;
}

/** `k - m·arg` as code, with `arg` the variable; '' when it is zero. */
function offset(k: number, m: number): string {
  const a = m === 0 ? '' : m === 1 ? ' - arg' : m === -1 ? ' + arg' : ` - ${m} * arg`;
  if (k === 0) return a;
  return `${k < 0 ? ` - ${-k}` : ` + ${k}`}${a}`;
}

/** The interpreter's expansion: the argument in `arg`, the stack pointer in `sp`, the next instruction in `ip`. */
export const interpEmit: Emit = {
  arg: 'arg',
  known: null,
  at: (k, m = 0) => `sp${offset(k, m)}`,
  s: (k, m = 0) => `regs[sp${offset(k, m)}]`,
  next: (k, m = 0) => `${k === 0 && m === 0 ? '' : `sp = sp${offset(k, m)}; `}continue dispatch;`,
  jump: (target, k) => `${k === 0 ? '' : `sp = sp${offset(k, 0)}; `}ip = ${target}; continue dispatch;`,
  save: (k, m = 0, retry = false) => `f.ip = ${retry ? 'ip - 1' : 'ip'}; f.sp = sp${offset(k, m)}; th.left = left;`,
  out: 'continue outer;',
  enterFrame: 'continue outer;',
  backEdge: (target) => `if (${target} < ip && ++code.heat > tier.hot && code.jit === null) { f.ip = ${target}; f.sp = sp; th.left = left; continue outer; }`,
  cache: () => null,
  bound: () => false,
  split: (_pred, test, body) => `if (${test}) { ${body(true)} } else { ${body(false)} }`,
  cases: (_sel, selSrc, keys, body) => `switch (${selSrc}) { ${keys.map((key) => `case ${key}: { ${body(key)} } break;`).join(' ')} }`,
  of: (_f, src) => `(${src})`,
};

/**
 * The interpreter's expansion of an opcode it keeps out of its loop (eval.ts,
 * ASIDE): the body of a function `(th, f, arg)` that the loop calls with ip, sp and
 * the budget saved (ip already the next instruction). It finishes by saving where
 * the frame goes on and returning false (the loop reloads ip and sp and dispatches
 * on), or returns true when the loop must go back to its driver, exactly where the
 * inline case would (`out`, `enterFrame`, a back edge that tiers up).
 */
export const asideEmit: Emit = {
  ...interpEmit,
  next: (k, m = 0) => `${k === 0 && m === 0 ? '' : `f.sp = sp${offset(k, m)}; `}return false;`,
  jump: (target, k) => `f.ip = ${target}; ${k === 0 ? '' : `f.sp = sp${offset(k, 0)}; `}return false;`,
  out: 'return true;',
  enterFrame: 'return true;',
  backEdge: (target) => `if (${target} < ip && ++code.heat > tier.hot && code.jit === null) { f.ip = ${target}; return true; }`,
};

/** How deep compiled frames call each other on the JS stack before going through the driver. */
const NEST = 48;

/**
 * The compiled tier's expansion of instruction `k` of a code object: `base` is the
 * stack pointer before it (locals + its static depth), `decls` collects
 * closure-level declarations (inline caches), `bound` the always-bound locals.
 * The generated function keeps `pc` (the case to run) and returns 0 to the driver.
 */
export function jitEmit(k: number, arg: number, base: number, decls: string[], bound: ReadonlySet<number>): Emit {
  const at = (d: number, m = 0): number => base + d - m * arg;
  return {
    arg: String(arg),
    known: arg,
    at: (d, m = 0) => String(at(d, m)),
    s: (d, m = 0) => `regs[${at(d, m)}]`,
    next: () => `break op${k};`,
    jump: (target) => `pc = ${target}; continue;`,
    save: (d, m = 0, retry = false) => `f.ip = ${retry ? k : k + 1}; f.sp = ${at(d, m)}; th.left = left;`,
    out: 'return 0;',
    // Every frame's state is saved, so calling a compiled callee here is only a
    // shortcut past the driver: a spent budget (1) unwinds every level; when the
    // callee returned to us (it wrote its value into our stack) we go on, and
    // anything else (a native frame, a deeper exception) goes back to the driver.
    enterFrame: `const cj = nf.code.jit;
    if (cj !== null && th.nest < ${NEST}) { th.nest++; const r = cj(th, nf); th.nest--; if (r === 1) return 1; if (th.top !== f) return 0; left = th.left; pc = f.ip; continue; }
    return 0;`,
    backEdge: () => '',
    cache: () => {
      decls.push(`const ic${k} = { cls: null, tag: -1, fn: null, kind: 0 };`);
      return `ic${k}`;
    },
    bound: (n) => bound.has(n),
    split: (pred, _test, body) => body(pred(arg)),
    cases: (sel, _selSrc, keys, body) => (keys.includes(sel(arg)) ? body(sel(arg)) : ''),
    of: (f) => String(f(arg)),
  };
}
