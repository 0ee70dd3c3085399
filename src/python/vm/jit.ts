/**
 * The compiled tier: a hot code object becomes one generated JavaScript function.
 *
 * The function is built from the same instruction definitions as the interpreter
 * (instructions.ts; emit.ts's compiled form) and has its semantics instruction for
 * instruction — the same helpers, the same frame state, preemption at every
 * instruction boundary — but each instruction is a `case` of one switch on the
 * instruction index, and straight-line code falls from one case into the next
 * without dispatch. Stack depths are static (Code.depths), so pushes and pops are
 * fixed slots. Whenever the interpreter would leave its loop (a call pushes a
 * frame, a builtin needs a coroutine, an out-of-line opcode), the generated code
 * saves ip/sp exactly as the interpreter does and returns 0; the driver (eval.ts)
 * runs the frame on top. It returns 1 when the budget is spent.
 *
 * Failing to generate or compile is our bug: it panics, it never falls back to
 * the interpreter (tests check that the tier engages: `tier.compiledRuns`).
 */
import { OPS, Op } from '../compile/opcodes.js';
import { type Code, CodeFlags } from '../objects/code.js';
import { jitEmit } from './emit.js';
import { HELPERS, INSTRUCTIONS, OUT, type Instruction, initDirect } from './instructions.js';
import { panic } from './panic.js';

export type JitFn = (th: unknown, f: unknown) => number;

/**
 * When a code object tiers up: after this many frame entries plus backward jumps
 * (tests lower it to run the differential corpus through the compiled tier, and
 * raise it to keep to the interpreter). `compiledRuns` counts the driver's calls
 * into compiled code, so that a test can tell the tier ran.
 */
export const tier = { hot: 200, compiledRuns: 0 };

const PRELUDE = `const {${Object.keys(HELPERS).join(', ')}} = H;\n`;

/** Parameter slots that are always bound: every parameter, unless the code deletes it. */
function boundParams(code: Code): Set<number> {
  let n = code.argcount + code.kwonlyCount;
  if (code.flags & CodeFlags.VARARGS) n++;
  if (code.flags & CodeFlags.VARKEYWORDS) n++;
  const bound = new Set<number>();
  for (let i = 0; i < n; i++) bound.add(i);
  for (const w of code.ops) if ((w & 0xff) === Op.DELETE_FAST) bound.delete(w >> 8);
  return bound;
}

/** The code of instruction k: its definition, expanded with static slots. */
function instruction(code: Code, k: number, decls: string[], bound: ReadonlySet<number>): string {
  const w = code.ops[k]!;
  const op = w & 0xff;
  const arg = w >> 8;
  const base = code.varnames.length + code.depths[k]!;
  const ins: Instruction | undefined = INSTRUCTIONS[op as Op];
  if (ins === undefined) panic(`unknown opcode ${op} at ${k} of ${code.qualname}`);
  const g = jitEmit(k, arg, base, decls, bound);
  // `cur` (for the line of an exception) only where the instruction can raise.
  const quiet = ins.kind === 'inline' && (typeof ins.quiet === 'function' ? ins.quiet(g) : ins.quiet === true);
  const body = ins.kind === 'inline' ? ins.emit(g) : `${g.save(0)} OUT[${op}](th, f, ${arg}); ${g.out}`;
  return `case ${k}: // ${OPS[op]!.name} ${arg}
  ${quiet ? '' : `cur = ${k}; `}if (--left < 0) { f.ip = ${k}; f.sp = ${base}; th.left = 0; return 1; }
  op${k}: { ${body} }`;
}

/**
 * The generated code of each instruction of `code` (one `case` each), and the
 * declarations they share. The differential tests read it to tell which forms of the
 * instructions a program's compiled code contains.
 */
export function jitCases(code: Code): { cases: string[]; decls: string[] } {
  if (code.depths.length !== code.ops.length) panic(`${code.qualname}: no static stack depths for the compiled tier`);
  initDirect();
  const cases: string[] = [];
  const decls: string[] = [];
  const bound = boundParams(code);
  for (let k = 0; k < code.ops.length; k++) {
    cases.push(code.depths[k]! < 0 ? `case ${k}: panic('unreachable instruction ${k}');` : instruction(code, k, decls, bound));
  }
  return { cases, decls };
}

/** Generates and compiles the function for `code`. */
export function compileJit(code: Code): JitFn {
  const { cases, decls } = jitCases(code);
  const src = `${PRELUDE}${decls.join('\n')}\nreturn function jit(th, f) {
  const regs = f.regs; const gcache = f.gcache;
  let left = th.left; let pc = f.ip; let cur = pc;
  try {
    for (;;) {
      switch (pc) {
${cases.join('\n')}
      default: panic('bad pc ' + pc);
      }
    }
  } catch (e) {
    f.ip = cur + 1; th.left = left;
    if (th.top !== f) th.top = f;
    handleException(th, f, toPyExc(e, f.code.ops[cur] & 0xff), false);
    return 0;
  }
};`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from our own templates
    return new Function('H', 'OUT', 'K', 'N', 'V', src)(HELPERS, OUT, code.consts, code.names, code.varnames) as JitFn;
  } catch (e) {
    panic(`compiled tier: ${code.qualname} (${code.filename}) does not compile: ${e instanceof Error ? e.message : String(e)}`, e);
  }
}
