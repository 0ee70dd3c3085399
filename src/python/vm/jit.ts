/**
 * The second tier: a hot code object becomes one generated JavaScript function.
 *
 * The function has the interpreter's semantics instruction for instruction — the
 * same helpers, the same frame state, preemption at every instruction boundary —
 * but each instruction is a `case` of one switch on the instruction index, and
 * straight-line code falls from one case into the next without dispatch. Stack
 * depths are known statically (Code.depths), so pushes and pops are fixed slots.
 * Whenever the interpreter would leave its loop (a call pushes a frame, a builtin
 * needs a coroutine, a rare opcode), the generated code saves ip/sp exactly as the
 * interpreter does and returns 0; the driver (eval.ts) reloads the top frame. It
 * returns 1 when the budget is spent.
 *
 * Correctness rests on the differential corpus, which runs with a low tier-up
 * threshold in the tests as well as in the default configuration.
 */
import { BinOp, Cmp, Op } from '../compile/opcodes.js';
import { type Code, CodeFlags } from '../objects/code.js';
import { Coro } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { PyBuiltin, PyFunction } from '../objects/function.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { RangeIter, SeqIter } from '../objects/iterators.js';
import { T } from '../objects/types.js';
import { PyClass, PyObject, currentTypeEpoch } from '../objects/object.js';
import { binaryOp } from '../runtime/arith.js';
import { compare } from '../runtime/compare.js';
import { getAttr, loadMethod, setAttr } from '../runtime/attr.js';
import { getItem, setItem } from '../runtime/subscript.js';
import { getIter } from '../runtime/iter.js';
import { truth } from '../runtime/truth.js';
import { contains } from '../runtime/contains.js';
import { formatValue } from '../runtime/format.js';
import { Frame, GenMode, PyGenerator, Ret, recycle } from '../objects/frame.js';
import { callValue } from '../runtime/call.js';
import { forIterSlow, loadGlobalSlow, rare, storeGlobalSlow, unboundLocal } from './rare.js';
import { handleException, toPyExc } from './unwind.js';
import { makeKw } from './kw.js';
import { fastFrame, pushNot, pushNull } from './eval.js';

export type JitFn = (th: unknown, f: unknown) => number;

/**
 * When a code object tiers up: after this many frame entries plus backward jumps.
 * Tests lower it to run the differential corpus through the compiled tier.
 */
export const tier = { hot: 200 };

/**
 * The two builtin methods hot loops call most, without an argument array: the
 * same effect as list.append / dict.get with primitive keys (DIRECT.* are looked up
 * once the builtin classes exist).
 */
const DIRECT = { append: null as unknown, get: null as unknown };
/** Everything generated code refers to. */
const H = {
  Coro, PyDict, PyBuiltin, PyFunction, PyList, PyTuple, RangeIter, SeqIter, PyGenerator, Frame, T,
  binaryOp, compare, getAttr, loadMethod, setAttr, getItem, setItem, getIter, truth, contains, formatValue,
  recycle, callValue, forIterSlow, loadGlobalSlow, rare, storeGlobalSlow, unboundLocal, handleException, toPyExc,
  makeKw, fastFrame, pushNot, pushNull, PyObject, PyClass, currentTypeEpoch, DIRECT,
};

const PRELUDE = `const {${Object.keys(H).join(', ')}} = H;\nconst MAX = ${Number.MAX_SAFE_INTEGER};\nconst GEN_FOR = ${GenMode.FOR}, RET_NORMAL = ${Ret.NORMAL};\n`;

/** Inline number fast paths for BINARY_OP (r is the result; ok when it stays a safe int). */
const NUM_OPS: Partial<Record<number, string>> = {
  [BinOp.ADD]: 'const r = a + b; if (r <= MAX && r >= -MAX) { regs[$A] = r; break fast; }',
  [BinOp.SUB]: 'const r = a - b; if (r <= MAX && r >= -MAX) { regs[$A] = r; break fast; }',
  [BinOp.MUL]: 'const r = a * b; if (r <= MAX && r >= -MAX) { regs[$A] = r === 0 ? 0 : r; break fast; }',
  [BinOp.FLOORDIV]: 'if (b > 0 && a >= 0) { regs[$A] = Math.floor(a / b); break fast; }',
  [BinOp.MOD]: 'if (b > 0 && a >= 0) { regs[$A] = a % b; break fast; }',
};

/** How deep compiled frames call each other on the JS stack before going through the driver. */
const NEST = 48;

function direct(arg: number, sp: number, fnAt: number): string {
  if (arg === 1) return `if (fn === DIRECT.append && self instanceof PyList) { self.items.push(regs[${sp - 1}]); regs[${fnAt}] = null; break fast; }`;
  if (arg === 2) {
    return `if (fn === DIRECT.get && self instanceof PyDict) { const k = regs[${sp - 2}];
    if (typeof k === 'string' || typeof k === 'number') { const v = self.getStr(k); regs[${fnAt}] = v === undefined ? regs[${sp - 1}] : v; break fast; } }`;
  }
  return '';
}

const CMP_JS = ['<', '<=', '===', '!==', '>', '>='];

/** Generates the code of instruction k. `sp` is the slot index the stack top would be pushed to. */
function instr(code: Code, k: number, nl: number, decls: string[]): string {
  const w = code.ops[k]!;
  const op = w & 0xff;
  const arg = w >> 8;
  const d = code.depths[k]!;
  const sp = nl + d;
  const next = k + 1;
  /** Saves the state for the driver; `sp2` is the stack pointer to record. */
  const save = (ip: number, sp2: number): string => `f.ip = ${ip}; f.sp = ${sp2}; th.left = left;`;
  const native = (sp2: number, name: string, extra = ''): string =>
    `if (r instanceof Coro) { ${save(next, sp2)} th.pushNative(r, ${JSON.stringify(name)}); ${extra} return 0; }`;
  /**
   * After pushing a plain frame: run it right here when it is compiled and the JS
   * stack is shallow. Every frame's state is already saved, so this is only a
   * shortcut past the driver: a spent budget (1) unwinds every level; when the
   * callee returned to us (it wrote its value at our fnAt slot) we go on, and
   * anything else (a native frame, a deeper exception) goes back to the driver.
   */
  const nested = (): string => `const cj = nf.code.jit;
    if (cj && th.nest < ${NEST}) { th.nest++; const r = cj(th, nf); th.nest--; if (r === 1) return 1; if (th.top !== f) return 0; left = th.left; pc = f.ip; continue; }
    return 0;`;
  switch (op) {
    case Op.NOP:
    case Op.POP_TOP:
      return '';
    case Op.LOAD_FAST:
      return `{ const v = regs[${arg}]; if (v === undefined) throw unboundLocal(V[${arg}]); regs[${sp}] = v; }`;
    case Op.STORE_FAST:
      return `regs[${arg}] = regs[${sp - 1}];`;
    case Op.LOAD_CONST:
      return `regs[${sp}] = K[${arg}];`;
    case Op.LOAD_GLOBAL:
      return `{ const e = gcache[${arg}]; let v; if (e !== undefined && (v = e.value) !== undefined) regs[${sp}] = v; else regs[${sp}] = loadGlobalSlow(th, f, ${arg}); }`;
    case Op.STORE_GLOBAL:
      return `{ const e = gcache[${arg}]; if (e !== undefined && e.value !== undefined) e.value = regs[${sp - 1}]; else storeGlobalSlow(f, ${arg}, regs[${sp - 1}]); }`;
    case Op.LOAD_DEREF: {
      const name = arg < code.cellvars.length ? code.cellvars[arg]! : code.freevars[arg - code.cellvars.length]!;
      return `{ const v = f.cells[${arg}].value; if (v === undefined) throw unboundLocal(${JSON.stringify(name)}, true); regs[${sp}] = v; }`;
    }
    case Op.STORE_DEREF:
      return `f.cells[${arg}].value = regs[${sp - 1}];`;
    case Op.BINARY_OP: {
      const inline = NUM_OPS[arg & 15]?.replace(/\$A/g, String(sp - 2)) ?? '';
      const str = (arg & 15) === BinOp.ADD ? `else if (typeof a === 'string' && typeof b === 'string') { regs[${sp - 2}] = a + b; break fast; }` : '';
      return `fast: { const b = regs[${sp - 1}], a = regs[${sp - 2}];
  if (typeof a === 'number' && typeof b === 'number') { ${inline} } ${str}
  const r = binaryOp(th, a, b, ${arg}); ${native(sp - 2, 'binary op')} regs[${sp - 2}] = r; }`;
    }
    case Op.COMPARE_OP: {
      const strEq = arg === Cmp.EQ || arg === Cmp.NE ? `if (typeof a === 'string' && typeof b === 'string') { regs[${sp - 2}] = a ${CMP_JS[arg]} b; break fast; }` : '';
      return `fast: { const b = regs[${sp - 1}], a = regs[${sp - 2}];
  if (typeof a === 'number' && typeof b === 'number') { regs[${sp - 2}] = a ${CMP_JS[arg]} b; break fast; } ${strEq}
  const r = compare(th, a, b, ${arg}); ${native(sp - 2, 'comparison')} regs[${sp - 2}] = r; }`;
    }
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE: {
      const jumpWhen = op === Op.POP_JUMP_IF_TRUE;
      return `{ const v = regs[${sp - 1}]; let c;
  if (v === true) c = true; else if (v === false) c = false; else if (typeof v === 'number') c = v !== 0;
  else { const r = truth(th, v); if (r instanceof Coro) { ${save(k, sp - 1)} th.pushNative(r, 'bool'); return 0; } c = r; }
  if (${jumpWhen ? 'c' : '!c'}) { pc = ${arg}; continue; } }`;
    }
    case Op.JUMP:
      return `pc = ${arg}; continue;`;
    case Op.FOR_ITER:
      return `{ const it = regs[${sp - 1}];
  if (it instanceof RangeIter && typeof it.next === 'number') {
    if (it.left === 0) { pc = ${arg}; continue; }
    regs[${sp}] = it.next; it.next += it.step; it.left--;
  } else if (it instanceof SeqIter && it.seq instanceof PyList && !it.reverse) {
    const items = it.seq.items;
    if (it.i < items.length) regs[${sp}] = items[it.i++];
    else { it.i = MAX; pc = ${arg}; continue; }
  } else if (it instanceof PyGenerator) {
    if (it.finished) { pc = ${arg}; continue; }
    ${save(next, sp)} th.resumeGen(it, null, GEN_FOR, null); return 0;
  } else { ${save(next, sp)} forIterSlow(th, f, it, ${arg}); return 0; } }`;
    case Op.GET_ITER:
      return `{ const r = getIter(th, regs[${sp - 1}]); ${native(sp - 1, 'iter')} regs[${sp - 1}] = r; }`;
    case Op.LOAD_ATTR:
      return `{ const r = getAttr(th, regs[${sp - 1}], N[${arg}]); ${native(sp - 1, 'getattr')} regs[${sp - 1}] = r; }`;
    case Op.STORE_ATTR:
      return `{ const r = setAttr(th, regs[${sp - 1}], N[${arg}], regs[${sp - 2}]); ${native(sp - 2, 'setattr', 'th.top.discard = true;')} }`;
    case Op.LOAD_METHOD: {
      // An inline cache: (class, epoch) → the method found on the class, for
      // receivers whose instance dict does not shadow it.
      const ic = `ic${k}`;
      decls.push(`const ${ic} = { cls: null, epoch: -1, fn: null };`);
      return `fast: { const o = regs[${sp - 1}];
  const cls = typeof o === 'string' ? T.str : o instanceof PyObject ? o.cls : null;
  if (cls !== null && cls === ${ic}.cls && ${ic}.epoch === currentTypeEpoch() && (typeof o === 'string' || o.dict === null || o.dict.getStr(N[${arg}]) === undefined)) {
    regs[${sp - 1}] = ${ic}.fn; regs[${sp}] = o; break fast; }
  const r = loadMethod(th, o, N[${arg}], regs, ${sp - 1}); ${native(sp - 1, 'getattr', 'th.top.post = pushNull;')}
  if (cls !== null && regs[${sp}] !== undefined && !(o instanceof PyClass)) { ${ic}.cls = cls; ${ic}.epoch = currentTypeEpoch(); ${ic}.fn = regs[${sp - 1}]; } }`;
    }
    case Op.CALL_METHOD: {
      const fnAt = sp - arg - 2;
      return `fast: { const self = regs[${sp - arg - 1}]; const fn = regs[${fnAt}];
  const nargs = self === undefined ? ${arg} : ${arg + 1}; const base = ${sp} - nargs;
  if (fn instanceof PyFunction) { const nf = fastFrame(th, fn, regs, base, nargs); if (nf !== null) { ${save(next, fnAt)} th.pushFrame(nf); ${nested()} } }
  ${direct(arg, sp, fnAt)}
  const args = regs.slice(base, ${sp});
  if (fn instanceof PyBuiltin && fn.self === undefined) {
    const r = fn.fn(th, args, null); if (r instanceof Coro) { ${save(next, fnAt)} th.pushNative(r, fn.name); return 0; } regs[${fnAt}] = r;
  } else { ${save(next, fnAt)} th.enter(callValue(th, fn, args, null)); return 0; } }`;
    }
    case Op.CALL: {
      const fnAt = sp - arg - 1;
      return `{ const fn = regs[${fnAt}];
  if (fn instanceof PyFunction) { const nf = fastFrame(th, fn, regs, ${sp - arg}, ${arg}); if (nf !== null) { ${save(next, fnAt)} th.pushFrame(nf); ${nested()} } }
  const args = regs.slice(${sp - arg}, ${sp});
  if (fn instanceof PyBuiltin) {
    const r = fn.self === undefined ? fn.fn(th, args, null) : fn.fn(th, [fn.self, ...args], null); if (r instanceof Coro) { ${save(next, fnAt)} th.pushNative(r, fn.name); return 0; } regs[${fnAt}] = r;
  } else { ${save(next, fnAt)} th.enter(callValue(th, fn, args, null)); return 0; } }`;
    }
    case Op.CALL_KW: {
      const fnAt = sp - 1 - arg - 1;
      return `{ const names = regs[${sp - 1}].items; const fn = regs[${fnAt}];
  const args = regs.slice(${sp - 1 - arg}, ${sp - 1} - names.length); const kw = makeKw(names, regs, ${sp - 1} - names.length);
  ${save(next, fnAt)} th.enter(callValue(th, fn, args, kw)); return 0; }`;
    }
    case Op.RETURN_VALUE:
      return `{ const v = regs[${sp - 1}]; ${save(next, sp - 1)} const back = f.back;
  if (f.gen === null && f.ret === RET_NORMAL && back instanceof Frame) { th.top = back; th.depth--; back.regs[back.sp++] = v; recycle(f); }
  else th.returnFrom(f, v);
  return 0; }`;
    case Op.YIELD_VALUE:
      return `{ const v = regs[${sp - 1}]; ${save(next, sp - 1)} th.yieldFrom(f, v); return 0; }`;
    case Op.BINARY_SUBSCR:
      return `fast: { const k = regs[${sp - 1}], o = regs[${sp - 2}];
  if (o instanceof PyList && typeof k === 'number' && o.cls === T.list) { const items = o.items; const i = k < 0 ? k + items.length : k; if (i >= 0 && i < items.length) { regs[${sp - 2}] = items[i]; break fast; } }
  else if (o instanceof PyDict && o.cls === T.dict && (typeof k === 'string' || typeof k === 'number')) { const v = o.getStr(k); if (v !== undefined) { regs[${sp - 2}] = v; break fast; } }
  const r = getItem(th, o, k); ${native(sp - 2, 'getitem')} regs[${sp - 2}] = r; }`;
    case Op.STORE_SUBSCR:
      return `{ const k = regs[${sp - 1}], o = regs[${sp - 2}], v = regs[${sp - 3}];
  if (o instanceof PyDict && o.cls === T.dict && (typeof k === 'string' || typeof k === 'number')) o.setStr(k, v);
  else if (o instanceof PyList && o.cls === T.list && typeof k === 'number' && k >= 0 && k < o.items.length) o.items[k] = v;
  else { const r = setItem(th, o, k, v); ${native(sp - 3, 'setitem', 'th.top.discard = true;')} } }`;
    case Op.DUP_TOP:
      return `regs[${sp}] = regs[${sp - 1}];`;
    case Op.DUP_TOP_TWO:
      return `regs[${sp}] = regs[${sp - 2}]; regs[${sp + 1}] = regs[${sp - 1}];`;
    case Op.ROT_TWO:
      return `{ const t = regs[${sp - 1}]; regs[${sp - 1}] = regs[${sp - 2}]; regs[${sp - 2}] = t; }`;
    case Op.ROT_THREE:
      return `{ const t = regs[${sp - 1}]; regs[${sp - 1}] = regs[${sp - 2}]; regs[${sp - 2}] = regs[${sp - 3}]; regs[${sp - 3}] = t; }`;
    case Op.BUILD_TUPLE:
      return `regs[${sp - arg}] = new PyTuple(regs.slice(${sp - arg}, ${sp}));`;
    case Op.BUILD_LIST:
      return `regs[${sp - arg}] = new PyList(regs.slice(${sp - arg}, ${sp}));`;
    case Op.LIST_APPEND:
      return `regs[${sp - 1 - arg}].items.push(regs[${sp - 1}]);`;
    case Op.IS_OP:
      return `regs[${sp - 2}] = regs[${sp - 2}] ${arg === 0 ? '===' : '!=='} regs[${sp - 1}];`;
    case Op.CONTAINS_OP:
      return `{ const r = contains(th, regs[${sp - 1}], regs[${sp - 2}]); ${native(sp - 2, 'in', arg === 1 ? 'th.top.post = pushNot;' : '')} regs[${sp - 2}] = ${arg === 0 ? 'r' : '!r'}; }`;
    case Op.UNARY_NOT:
      return `{ const v = regs[${sp - 1}]; const r = typeof v === 'boolean' ? v : truth(th, v); ${native(sp - 1, 'bool', 'th.top.post = pushNot;')} regs[${sp - 1}] = !r; }`;
    case Op.FORMAT_VALUE: {
      const hasSpec = (arg & 4) !== 0;
      const at = hasSpec ? sp - 2 : sp - 1;
      const conv = arg & 3;
      const fast = !hasSpec && conv !== 2 ? `if (typeof v === 'number') regs[${at}] = String(v); else if (typeof v === 'string' && ${conv < 2}) {} else` : '';
      return `{ const v = regs[${at}]; ${fast} { const r = formatValue(th, v, ${conv}, ${hasSpec ? `regs[${sp - 1}]` : "''"}); ${native(at, 'format')} regs[${at}] = r; } }`;
    }
    case Op.BUILD_STRING: {
      const parts: string[] = [];
      for (let i = sp - arg; i < sp; i++) parts.push(`regs[${i}]`);
      return `regs[${sp - arg}] = ${parts.join(' + ') || "''"};`;
    }
    default:
      return `${save(next, sp)} rare(th, f, ${op}, ${arg}); return 0;`;
  }
}

/** Opcodes whose generated code cannot throw. */
const NEVER_RAISE = new Set<number>([
  Op.NOP, Op.POP_TOP, Op.STORE_FAST, Op.LOAD_CONST, Op.JUMP, Op.DUP_TOP, Op.DUP_TOP_TWO, Op.ROT_TWO, Op.ROT_THREE,
  Op.BUILD_TUPLE, Op.BUILD_LIST, Op.IS_OP, Op.LIST_APPEND, Op.BUILD_STRING,
]);

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

/** Generates and compiles the function for `code`, or null when it has unreachable-only code. */
export function compileJit(code: Code): JitFn | null {
  if (code.depths.length !== code.ops.length) return null;
  if (DIRECT.append === null) {
    DIRECT.append = T.list.ns.getStr('append');
    DIRECT.get = T.dict.ns.getStr('get');
  }
  const nl = code.varnames.length;
  const cases: string[] = [];
  const decls: string[] = [];
  const bound = boundParams(code);
  for (let k = 0; k < code.ops.length; k++) {
    if (code.depths[k]! < 0) {
      cases.push(`case ${k}: throw new Error('internal: unreachable instruction ${k}');`);
      continue;
    }
    const w = code.ops[k]!;
    const op = w & 0xff;
    // `cur` (for the line of an exception) only where the instruction can raise.
    const quiet = NEVER_RAISE.has(op) || (op === Op.LOAD_FAST && bound.has(w >> 8));
    const body = op === Op.LOAD_FAST && bound.has(w >> 8) ? `regs[${nl + code.depths[k]!}] = regs[${w >> 8}];` : instr(code, k, nl, decls);
    cases.push(`case ${k}: ${quiet ? '' : `cur = ${k}; `}if (--left < 0) { f.ip = ${k}; f.sp = ${nl + code.depths[k]!}; th.left = 0; return 1; }\n${body}`);
  }
  const src = `${PRELUDE}${decls.join('\n')}\nreturn function jit(th, f) {
  const regs = f.regs; const gcache = f.gcache;
  let left = th.left; let pc = f.ip; let cur = pc;
  try {
    for (;;) {
      switch (pc) {
${cases.join('\n')}
      default: throw new Error('internal: bad pc ' + pc);
      }
    }
  } catch (e) {
    f.ip = cur + 1; th.left = left;
    if (th.top !== f) th.top = f;
    handleException(th, f, toPyExc(th, e), false);
    return 0;
  }
};`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from our own templates
    return new Function('H', 'K', 'N', 'V', src)(H, code.consts, code.names, code.varnames) as JitFn;
  } catch {
    return null;
  }
}

