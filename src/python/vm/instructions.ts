/**
 * What every opcode does, defined once. Both tiers are built from this table: the
 * interpreter expands each inline definition into a case of its dispatch loop
 * (eval.ts), the compiled tier into straight-line code per hot code object
 * (jit.ts); emit.ts says how. An opcode is either
 *
 *  - inline: a template over `Emit` (stack slots relative to the stack pointer
 *    before the instruction; `next`, `jump`, SAVE + `out`), with the fast paths
 *    for small ints, strs, lists, dicts and plain functions; or
 *  - out of line: a function (ops/*.ts) that runs with the frame's ip and sp
 *    saved in the frame, after which the loop reloads the frame on top.
 *
 * A slow path that may run Python code returns a Coro, which becomes a native
 * frame whose result lands on this frame's stack (or is post-processed, see
 * NativeFrame.post). Calling a Python function pushes a frame: Python recursion
 * never uses the JS stack.
 */
import { Op } from '../compile/opcodes.js';
import { Coro } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E } from '../objects/exceptions.js';
import { BLOCK_FINALLY, Frame, GenMode, PyGenerator, Ret, recycle } from '../objects/frame.js';
import { PyBuiltin, PyFunction } from '../objects/function.js';
import { RangeIter, SeqIter } from '../objects/iterators.js';
import { PyClass, PyObject } from '../objects/object.js';
import { PySlice } from '../objects/range.js';
import { PyList, PyTuple, tuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { binaryOp, unaryOp } from '../runtime/arith.js';
import { GROWTH_MASK, listGrew } from '../objects/memory.js';
import { ATTR_DATUM, cacheLoadAttr, cacheStoreAttr, delAttr, getAttr, loadMethod, setAttr } from '../runtime/attr.js';
import { callValue } from '../runtime/call.js';
import { compare } from '../runtime/compare.js';
import { contains } from '../runtime/contains.js';
import { formatValue } from '../runtime/format.js';
import { DONE, getIter, nextNative } from '../runtime/iter.js';
import { BinOp, Cmp, UnaryOp } from '../runtime/operators.js';
import { delItem, getItem, setItem } from '../runtime/subscript.js';
import { truth } from '../runtime/truth.js';
import type { Emit } from './emit.js';
import { makeKw } from './kw.js';
import { panic } from './panic.js';
import { buildMap, buildSet, dictMergeOp, dictUpdateOp, listExtendOp, mapAdd, setAddOp, setUpdateOp, unpackEx, unpackSequence } from './ops/build.js';
import { callEx, fastFrame, makeFunction, pushNot, pushNull } from './ops/calls.js';
import { beforeWith, jumpIfNotExcMatch, jumpOrPop, popExcept, raiseVarargs, reraise, withExceptStart } from './ops/flow.js';
import { forIterSlow, getYieldFromIter, yieldFromOp } from './ops/generators.js';
import { importFrom, importName, importStar } from './ops/imports.js';
import { deleteGlobal, deleteName, loadClassDeref, loadGlobalSlow, loadName, setupAnnotations, storeGlobalSlow, storeName, unboundCell, unboundLocal } from './ops/names.js';
import type { OutOfLine } from './ops/results.js';
import { enter, pushFrame, pushNative } from './stack.js';
import { handleException, toPyExc } from './unwind.js';
import { resumeGen, returnFrom, yieldFrom } from './transfer.js';
import { flat } from '../objects/flatstr.js';

/** Longer concatenations go through binaryOp, where the process's memory limit is checked (objects/memory.ts). */
const SHORT_CONCAT = 1 << 20;

/** One opcode's definition. */
export type Instruction =
  | {
      kind: 'inline';
      emit: (g: Emit) => string;
      /** It cannot raise (the compiled tier then skips recording where it is); a function when that depends on the instruction. */
      quiet?: boolean | ((g: Emit) => boolean);
    }
  | { kind: 'call'; run: OutOfLine };

const inline = (emit: (g: Emit) => string, quiet: boolean | ((g: Emit) => boolean) = false): Instruction => ({ kind: 'inline', emit, quiet });
const call = (run: OutOfLine): Instruction => ({ kind: 'call', run });

/**
 * The two builtin methods hot loops call most, without an argument array: the
 * same effect as list.append / dict.get with primitive keys (looked up once the
 * builtin classes have their methods, see initDirect).
 */
const DIRECT = { append: null as unknown, get: null as unknown };

/** Fills DIRECT (the first time either tier runs code, when every builtin method exists). */
export function initDirect(): void {
  if (DIRECT.append !== null) return;
  DIRECT.append = T.list.ns.getStr('append') ?? panic('list.append is missing');
  DIRECT.get = T.dict.ns.getStr('get') ?? panic('dict.get is missing');
}

/** Everything the generated code of either tier refers to by name. */
export const HELPERS = {
  Coro, PyDict, PyBuiltin, PyFunction, PyList, PyTuple, PySlice, RangeIter, SeqIter, PyGenerator, Frame, T, E, PyObject, PyClass,
  binaryOp, unaryOp, compare, getAttr, loadMethod, setAttr, delAttr, getItem, setItem, delItem, getIter, truth, contains, formatValue, callValue, tuple,
  recycle, makeKw, fastFrame, pushNot, pushNull, nextNative, DONE, forIterSlow, loadGlobalSlow, storeGlobalSlow, unboundLocal, unboundCell,
  pushNative, pushFrame, enter, resumeGen, returnFrom, yieldFrom, handleException, toPyExc, panic, DIRECT, listGrew, GROWTH_MASK,
  flat, cacheLoadAttr, cacheStoreAttr, MAX: Number.MAX_SAFE_INTEGER, GEN_FOR: GenMode.FOR, RET_NORMAL: Ret.NORMAL, BLOCK_FINALLY,
};

/** If `r` (a slow path's result) is a coroutine: SAVE with the stack moved by (k, m), run it as a native frame, leave. */
function coro(g: Emit, name: string, k: number, m = 0, post = ''): string {
  return `if (r instanceof Coro) { ${g.save(k, m)} pushNative(th, r, ${JSON.stringify(name)})${post}; ${g.out} }`;
}

/** SAVE, then `action` (which changes the frame on top), then leave. */
const suspend = (g: Emit, action: string, k: number, m = 0): string => `${g.save(k, m)} ${action} ${g.out}`;

/** Inline BINARY_OP on two small ints: the result while it stays a safe integer. */
const NUM_OPS: Record<number, (g: Emit) => string> = {
  [BinOp.ADD]: (g) => `const r = a + b; if (r <= MAX && r >= -MAX) { ${g.s(-2)} = r; ${g.next(-1)} }`,
  [BinOp.SUB]: (g) => `const r = a - b; if (r <= MAX && r >= -MAX) { ${g.s(-2)} = r; ${g.next(-1)} }`,
  [BinOp.MUL]: (g) => `const r = a * b; if (r <= MAX && r >= -MAX) { ${g.s(-2)} = r === 0 ? 0 : r; ${g.next(-1)} }`,
  [BinOp.FLOORDIV]: (g) => `if (b > 0 && a >= 0) { ${g.s(-2)} = Math.floor(a / b); ${g.next(-1)} }`,
  [BinOp.MOD]: (g) => `if (b > 0 && a >= 0) { ${g.s(-2)} = a % b; ${g.next(-1)} }`,
};
const NUM_KEYS = Object.keys(NUM_OPS).map(Number);

/** Inline COMPARE_OP on two small ints (or, for == and !=, two strs): the JS operator. */
const CMP_JS: Record<number, string> = { [Cmp.LT]: '<', [Cmp.LE]: '<=', [Cmp.EQ]: '===', [Cmp.NE]: '!==', [Cmp.GT]: '>', [Cmp.GE]: '>=' };
const CMP_KEYS = Object.keys(CMP_JS).map(Number);

/** POP_JUMP_IF_FALSE / POP_JUMP_IF_TRUE. A truth test that needs Python code runs the jump again with its bool on the stack. */
function popJumpIf(g: Emit, when: boolean): string {
  return `const v = ${g.s(-1)}; let c;
  if (v === true) c = true; else if (v === false) c = false; else if (typeof v === 'number') c = v !== 0;
  else { const r = truth(th, v); if (r instanceof Coro) { ${g.save(-1, 0, true)} pushNative(th, r, 'bool'); ${g.out} } c = r; }
  if (${when ? 'c' : '!c'}) { ${g.jump(g.arg, -1)} }
  ${g.next(-1)}`;
}

/** CALL_METHOD's shortcuts for `lst.append(x)` and `d.get(k, default)` (arg 1 and 2). */
function direct(g: Emit): string {
  return g.cases((a) => a, g.arg, [1, 2], (n) =>
    n === 1
      ? `if (fn === DIRECT.append && self instanceof PyList) { const l = self.items; if (((l.length + 1) & GROWTH_MASK) === 0) listGrew(l, l.length + 1); l.push(${g.s(-1)}); ${g.s(-2, 1)} = null; ${g.next(-1, 1)} }`
      : `if (fn === DIRECT.get && self instanceof PyDict) { const k = ${g.s(-2)};
    if (typeof k === 'string' || typeof k === 'number') { const v = self.getStr(k); ${g.s(-2, 1)} = v === undefined ? ${g.s(-1)} : v; ${g.next(-1, 1)} } }`,
  );
}

/** Every opcode, once (the type makes the table exhaustive). */
export const INSTRUCTIONS: { readonly [K in Op]: Instruction } = {
  [Op.NOP]: inline((g) => g.next(0), true),
  [Op.POP_TOP]: inline((g) => g.next(-1), true),
  [Op.DUP_TOP]: inline((g) => `${g.s(0)} = ${g.s(-1)}; ${g.next(1)}`, true),
  [Op.DUP_TOP_TWO]: inline((g) => `${g.s(0)} = ${g.s(-2)}; ${g.s(1)} = ${g.s(-1)}; ${g.next(2)}`, true),
  [Op.ROT_TWO]: inline((g) => `const t = ${g.s(-1)}; ${g.s(-1)} = ${g.s(-2)}; ${g.s(-2)} = t; ${g.next(0)}`, true),
  [Op.ROT_THREE]: inline((g) => `const t = ${g.s(-1)}; ${g.s(-1)} = ${g.s(-2)}; ${g.s(-2)} = ${g.s(-3)}; ${g.s(-3)} = t; ${g.next(0)}`, true),
  [Op.ROT_FOUR]: inline((g) => `const t = ${g.s(-1)}; ${g.s(-1)} = ${g.s(-2)}; ${g.s(-2)} = ${g.s(-3)}; ${g.s(-3)} = ${g.s(-4)}; ${g.s(-4)} = t; ${g.next(0)}`, true),

  [Op.LOAD_CONST]: inline((g) => `${g.s(0)} = K[${g.arg}]; ${g.next(1)}`, true),
  [Op.LOAD_FAST]: inline(
    (g) =>
      g.known !== null && g.bound(g.known)
        ? `${g.s(0)} = regs[${g.arg}]; ${g.next(1)}`
        : `const v = regs[${g.arg}]; if (v === undefined) throw unboundLocal(V[${g.arg}]); ${g.s(0)} = v; ${g.next(1)}`,
    (g) => g.known !== null && g.bound(g.known),
  ),
  [Op.STORE_FAST]: inline((g) => `regs[${g.arg}] = ${g.s(-1)}; ${g.next(-1)}`, true),
  [Op.DELETE_FAST]: inline((g) => `if (regs[${g.arg}] === undefined) throw unboundLocal(V[${g.arg}]); regs[${g.arg}] = undefined; ${g.next(0)}`),
  [Op.LOAD_DEREF]: inline((g) => `const v = f.cells[${g.arg}].value; if (v === undefined) throw unboundCell(f.code, ${g.arg}); ${g.s(0)} = v; ${g.next(1)}`),
  [Op.STORE_DEREF]: inline((g) => `f.cells[${g.arg}].value = ${g.s(-1)}; ${g.next(-1)}`),
  [Op.DELETE_DEREF]: inline((g) => `if (f.cells[${g.arg}].value === undefined) throw unboundCell(f.code, ${g.arg}); f.cells[${g.arg}].value = undefined; ${g.next(0)}`),
  [Op.LOAD_CLOSURE]: inline((g) => `${g.s(0)} = f.cells[${g.arg}]; ${g.next(1)}`),
  [Op.LOAD_CLASSDEREF]: call(loadClassDeref),
  [Op.LOAD_GLOBAL]: inline(
    (g) => `const e = gcache[${g.arg}]; let v;
  if (e !== undefined && (v = e.value) !== undefined) ${g.s(0)} = v; else ${g.s(0)} = loadGlobalSlow(th, f, ${g.arg});
  ${g.next(1)}`,
  ),
  [Op.STORE_GLOBAL]: inline(
    (g) => `const e = gcache[${g.arg}];
  if (e !== undefined && e.value !== undefined) e.value = ${g.s(-1)}; else storeGlobalSlow(f, ${g.arg}, ${g.s(-1)});
  ${g.next(-1)}`,
  ),
  [Op.DELETE_GLOBAL]: call(deleteGlobal),
  [Op.LOAD_NAME]: call(loadName),
  [Op.STORE_NAME]: call(storeName),
  [Op.DELETE_NAME]: call(deleteName),

  [Op.LOAD_ATTR]: inline((g) => {
    // An inline cache (compiled tier): an instance of the cached class (same version
    // tag) reads its dict, else the class's datum; anything else takes getAttr and
    // refills the cache (runtime/attr.ts cacheLoadAttr).
    const ic = g.cache();
    const hit =
      ic === null
        ? ''
        : `if (o instanceof PyObject && o.cls === ${ic}.cls && ${ic}.tag === o.cls.tag && o.dict !== null) {
    const v = o.dict.getStr(N[${g.arg}]);
    if (v !== undefined) { ${g.s(-1)} = v; ${g.next(0)} }
    if (${ic}.kind === ${ATTR_DATUM}) { ${g.s(-1)} = o.cls.lookup(N[${g.arg}]); ${g.next(0)} } }`;
    const fill = ic === null ? '' : `cacheLoadAttr(${ic}, o, N[${g.arg}]);`;
    return `const o = ${g.s(-1)}; ${hit}
  const r = getAttr(th, o, N[${g.arg}]); ${coro(g, 'getattr', -1)} ${g.s(-1)} = r; ${fill} ${g.next(0)}`;
  }),
  [Op.STORE_ATTR]: inline((g) => {
    // An inline cache (compiled tier): an instance of the cached class (same version tag) gets the value in its dict.
    const ic = g.cache();
    const hit = ic === null ? '' : `if (o instanceof PyObject && o.cls === ${ic}.cls && ${ic}.tag === o.cls.tag && o.dict !== null) { o.dict.setStr(N[${g.arg}], ${g.s(-2)}); ${g.next(-2)} }`;
    const fill = ic === null ? '' : `cacheStoreAttr(${ic}, o, N[${g.arg}]);`;
    return `const o = ${g.s(-1)}; ${hit}
  const r = setAttr(th, o, N[${g.arg}], ${g.s(-2)}); ${coro(g, 'setattr', -2, 0, '.discard = true')} ${fill} ${g.next(-2)}`;
  }),
  [Op.DELETE_ATTR]: inline((g) => `const r = delAttr(th, ${g.s(-1)}, N[${g.arg}]); ${coro(g, 'delattr', -1, 0, '.discard = true')} ${g.next(-1)}`),
  [Op.LOAD_METHOD]: inline((g) => {
    // An inline cache (compiled tier): (class, its version tag) → the method found on the
    // class, for receivers whose instance dict does not shadow it. Only a method bound to
    // the receiver itself is cached (super() gives the function with another self).
    const ic = g.cache();
    const hit =
      ic === null
        ? ''
        : `const cls = typeof o === 'string' ? T.str : o instanceof PyObject ? o.cls : null;
  if (cls !== null && cls === ${ic}.cls && ${ic}.tag === cls.tag && (typeof o === 'string' || o.dict === null || o.dict.getStr(N[${g.arg}]) === undefined)) {
    ${g.s(-1)} = ${ic}.fn; ${g.s(0)} = o; ${g.next(1)} }`;
    const fill = ic === null ? '' : `if (cls !== null && ${g.s(0)} === o && !(o instanceof PyClass)) { ${ic}.cls = cls; ${ic}.tag = cls.tag; ${ic}.fn = ${g.s(-1)}; }`;
    return `const o = ${g.s(-1)}; ${hit}
  const r = loadMethod(th, o, N[${g.arg}], regs, ${g.at(-1)}); ${coro(g, 'getattr', -1, 0, '.post = pushNull')}
  ${fill} ${g.next(1)}`;
  }),

  [Op.BINARY_SUBSCR]: inline(
    (g) => `const k = ${g.s(-1)}, o = ${g.s(-2)};
  if (o instanceof PyList && typeof k === 'number' && o.cls === T.list) { const items = o.items; const i = k < 0 ? k + items.length : k; if (i >= 0 && i < items.length) { ${g.s(-2)} = items[i]; ${g.next(-1)} } }
  else if (o instanceof PyDict && o.cls === T.dict && (typeof k === 'string' || typeof k === 'number')) { const v = o.getStr(k); if (v !== undefined) { ${g.s(-2)} = v; ${g.next(-1)} } }
  const r = getItem(th, o, k); ${coro(g, 'getitem', -2)} ${g.s(-2)} = r; ${g.next(-1)}`,
  ),
  [Op.STORE_SUBSCR]: inline(
    (g) => `const k = ${g.s(-1)}, o = ${g.s(-2)}, v = ${g.s(-3)};
  if (o instanceof PyDict && o.cls === T.dict && (typeof k === 'string' || typeof k === 'number')) { o.setStr(k, v); ${g.next(-3)} }
  if (o instanceof PyList && o.cls === T.list && typeof k === 'number' && k >= 0 && k < o.items.length) { o.items[k] = v; ${g.next(-3)} }
  const r = setItem(th, o, k, v); ${coro(g, 'setitem', -3, 0, '.discard = true')} ${g.next(-3)}`,
  ),
  [Op.DELETE_SUBSCR]: inline((g) => `const r = delItem(th, ${g.s(-2)}, ${g.s(-1)}); ${coro(g, 'delitem', -2, 0, '.discard = true')} ${g.next(-2)}`),
  [Op.BUILD_SLICE]: inline((g) =>
    g.split(
      (a) => a === 3,
      `${g.arg} === 3`,
      (step) => (step ? `${g.s(-3)} = new PySlice(${g.s(-3)}, ${g.s(-2)}, ${g.s(-1)}); ${g.next(-2)}` : `${g.s(-2)} = new PySlice(${g.s(-2)}, ${g.s(-1)}, null); ${g.next(-1)}`),
    ),
  ),

  [Op.BINARY_OP]: inline(
    (g) => `const b = ${g.s(-1)}, a = ${g.s(-2)};
  if (typeof a === 'number' && typeof b === 'number') { ${g.cases((a) => a & 15, `${g.arg} & 15`, NUM_KEYS, (op) => NUM_OPS[op]!(g))} }
  ${g.cases((a) => a & 15, `${g.arg} & 15`, [BinOp.ADD], () => `if (typeof a === 'string' && typeof b === 'string' && a.length + b.length < ${SHORT_CONCAT}) { ${g.s(-2)} = flat(a + b); ${g.next(-1)} }`)}
  const r = binaryOp(th, a, b, ${g.arg}); ${coro(g, 'binary op', -2)} ${g.s(-2)} = r; ${g.next(-1)}`,
  ),
  [Op.UNARY_NEGATIVE]: inline((g) => `const r = unaryOp(th, ${g.s(-1)}, ${UnaryOp.NEG}); ${coro(g, 'unary op', -1)} ${g.s(-1)} = r; ${g.next(0)}`),
  [Op.UNARY_POSITIVE]: inline((g) => `const r = unaryOp(th, ${g.s(-1)}, ${UnaryOp.POS}); ${coro(g, 'unary op', -1)} ${g.s(-1)} = r; ${g.next(0)}`),
  [Op.UNARY_INVERT]: inline((g) => `const r = unaryOp(th, ${g.s(-1)}, ${UnaryOp.INVERT}); ${coro(g, 'unary op', -1)} ${g.s(-1)} = r; ${g.next(0)}`),
  [Op.UNARY_NOT]: inline(
    (g) => `const v = ${g.s(-1)}; const r = typeof v === 'boolean' ? v : truth(th, v); ${coro(g, 'bool', -1, 0, '.post = pushNot')} ${g.s(-1)} = !r; ${g.next(0)}`,
  ),
  [Op.COMPARE_OP]: inline(
    (g) => `const b = ${g.s(-1)}, a = ${g.s(-2)};
  if (typeof a === 'number' && typeof b === 'number') { ${g.cases((a) => a, g.arg, CMP_KEYS, (c) => `${g.s(-2)} = a ${CMP_JS[c]} b; ${g.next(-1)}`)} }
  ${g.cases((a) => a, g.arg, [Cmp.EQ, Cmp.NE], (c) => `if (typeof a === 'string' && typeof b === 'string') { ${g.s(-2)} = a ${CMP_JS[c]} b; ${g.next(-1)} }`)}
  const r = compare(th, a, b, ${g.arg}); ${coro(g, 'comparison', -2)} ${g.s(-2)} = r; ${g.next(-1)}`,
  ),
  [Op.IS_OP]: inline((g) => g.split((a) => a === 0, `${g.arg} === 0`, (is) => `${g.s(-2)} = ${g.s(-2)} ${is ? '===' : '!=='} ${g.s(-1)}; ${g.next(-1)}`), true),
  [Op.CONTAINS_OP]: inline((g) =>
    g.split(
      (a) => a === 1,
      `${g.arg} === 1`,
      (not) => `const c = ${g.s(-1)}, k = ${g.s(-2)};
  if (c instanceof PyDict && c.cls === T.dict && (typeof k === 'string' || typeof k === 'number')) { ${g.s(-2)} = c.getStr(k) ${not ? '===' : '!=='} undefined; ${g.next(-1)} }
  const r = contains(th, c, k); ${coro(g, 'in', -2, 0, not ? '.post = pushNot' : '')} ${g.s(-2)} = ${not ? '!r' : 'r'}; ${g.next(-1)}`,
    ),
  ),

  [Op.JUMP]: inline((g) => `${g.backEdge(g.arg)} ${g.jump(g.arg, 0)}`, true),
  [Op.POP_JUMP_IF_FALSE]: inline((g) => popJumpIf(g, false)),
  [Op.POP_JUMP_IF_TRUE]: inline((g) => popJumpIf(g, true)),
  [Op.JUMP_IF_FALSE_OR_POP]: call(jumpOrPop(false)),
  [Op.JUMP_IF_TRUE_OR_POP]: call(jumpOrPop(true)),
  [Op.GET_ITER]: inline((g) => `const r = getIter(th, ${g.s(-1)}); ${coro(g, 'iter', -1)} ${g.s(-1)} = r; ${g.next(0)}`),
  // Ranges (while their ints are JS numbers: past 2^53 the next one is a bigint) and lists inline; a generator is resumed on its own frame; the other builtin
  // iterators that need no Python code (tuples, strs, dicts, sets, enumerate and zip
  // over them) answer in place through nextNative; only the rest leave the loop.
  [Op.FOR_ITER]: inline(
    (g) => `const it = ${g.s(-1)};
  if (it instanceof RangeIter && typeof it.next === 'number' && typeof it.step === 'number' && typeof it.left === 'number') {
    if (it.left === 0) { ${g.jump(g.arg, -1)} }
    ${g.s(0)} = it.next; const nx = it.next + it.step; it.next = Number.isSafeInteger(nx) ? nx : BigInt(it.next) + BigInt(it.step); it.left--; ${g.next(1)}
  }
  if (it instanceof SeqIter && it.seq instanceof PyList && !it.reverse) {
    const items = it.seq.items;
    if (it.i < items.length) { ${g.s(0)} = items[it.i++]; ${g.next(1)} }
    it.i = MAX; ${g.jump(g.arg, -1)}
  }
  if (it instanceof PyGenerator) {
    if (it.finished) { ${g.jump(g.arg, -1)} }
    ${suspend(g, 'resumeGen(th, it, null, GEN_FOR, null);', 0)}
  }
  const n = nextNative(it);
  if (n !== undefined) {
    if (n === DONE) { ${g.jump(g.arg, -1)} }
    ${g.s(0)} = n; ${g.next(1)}
  }
  ${suspend(g, `forIterSlow(th, f, it, ${g.arg});`, 0)}`,
  ),

  [Op.BUILD_TUPLE]: inline((g) => `${g.s(0, 1)} = new PyTuple(regs.slice(${g.at(0, 1)}, ${g.at(0)})); ${g.next(1, 1)}`, true),
  [Op.BUILD_LIST]: inline((g) => `${g.s(0, 1)} = new PyList(regs.slice(${g.at(0, 1)}, ${g.at(0)})); ${g.next(1, 1)}`, true),
  [Op.BUILD_SET]: call(buildSet),
  [Op.BUILD_MAP]: call(buildMap),
  [Op.LIST_APPEND]: inline((g) => `{ const l = ${g.s(-1, 1)}.items; if (((l.length + 1) & GROWTH_MASK) === 0) listGrew(l, l.length + 1); l.push(${g.s(-1)}); } ${g.next(-1)}`, true),
  [Op.SET_ADD]: call(setAddOp),
  [Op.MAP_ADD]: call(mapAdd),
  [Op.LIST_EXTEND]: call(listExtendOp),
  [Op.SET_UPDATE]: call(setUpdateOp),
  [Op.DICT_UPDATE]: call(dictUpdateOp),
  [Op.DICT_MERGE]: call(dictMergeOp),
  [Op.LIST_TO_TUPLE]: inline((g) => `${g.s(-1)} = tuple(${g.s(-1)}.items); ${g.next(0)}`, true),
  [Op.UNPACK_SEQUENCE]: call(unpackSequence),
  [Op.UNPACK_EX]: call(unpackEx),

  [Op.CALL]: inline(
    (g) => `const fn = ${g.s(-1, 1)};
  if (fn instanceof PyFunction) { const nf = fastFrame(th, fn, regs, ${g.at(0, 1)}, ${g.arg}); if (nf !== null) { ${g.save(-1, 1)} pushFrame(th, nf); ${g.enterFrame} } }
  const args = regs.slice(${g.at(0, 1)}, ${g.at(0)});
  if (fn instanceof PyBuiltin && !fn.isMethod) {
    const r = fn.self === undefined ? fn.fn(th, args, null) : fn.fn(th, [fn.self, ...args], null);
    if (r instanceof Coro) { ${suspend(g, 'pushNative(th, r, fn.name);', -1, 1)} }
    ${g.s(-1, 1)} = r; ${g.next(0, 1)}
  }
  ${suspend(g, 'enter(th, callValue(th, fn, args, null));', -1, 1)}`,
  ),
  [Op.CALL_METHOD]: inline(
    (g) => `const self = ${g.s(-1, 1)}, fn = ${g.s(-2, 1)};
  const nargs = self === undefined ? ${g.arg} : ${g.arg} + 1; const base = ${g.at(0)} - nargs;
  if (fn instanceof PyFunction) { const nf = fastFrame(th, fn, regs, base, nargs); if (nf !== null) { ${g.save(-2, 1)} pushFrame(th, nf); ${g.enterFrame} } }
  ${direct(g)}
  const args = regs.slice(base, ${g.at(0)});
  if (fn instanceof PyBuiltin && fn.self === undefined && (self !== undefined || !fn.isMethod)) {
    const r = fn.fn(th, args, null);
    if (r instanceof Coro) { ${suspend(g, 'pushNative(th, r, fn.name);', -2, 1)} }
    ${g.s(-2, 1)} = r; ${g.next(-1, 1)}
  }
  ${suspend(g, 'enter(th, callValue(th, fn, args, null));', -2, 1)}`,
  ),
  [Op.CALL_KW]: inline(
    (g) => `const names = ${g.s(-1)}.items; const fn = ${g.s(-2, 1)};
  const args = regs.slice(${g.at(-1, 1)}, ${g.at(-1)} - names.length); const kw = makeKw(names, regs, ${g.at(-1)} - names.length);
  ${suspend(g, 'enter(th, callValue(th, fn, args, kw));', -2, 1)}`,
  ),
  [Op.CALL_EX]: call(callEx),
  [Op.MAKE_FUNCTION]: call(makeFunction),
  [Op.LOAD_BUILD_CLASS]: inline((g) => `${g.s(0)} = th.interp.builtins.getStr('__build_class__'); ${g.next(1)}`),
  [Op.RETURN_VALUE]: inline(
    (g) => `const v = ${g.s(-1)}; ${g.save(-1)} const back = f.back;
  if (f.gen === null && f.ret === RET_NORMAL && back instanceof Frame) { th.top = back; th.depth--; back.regs[back.sp++] = v; recycle(f); }
  else returnFrom(th, f, v);
  ${g.out}`,
  ),
  [Op.YIELD_VALUE]: inline((g) => `const v = ${g.s(-1)}; ${suspend(g, 'yieldFrom(th, f, v);', -1)}`),
  [Op.YIELD_FROM]: call(yieldFromOp),
  [Op.GET_YIELD_FROM_ITER]: call(getYieldFromIter),

  [Op.RAISE_VARARGS]: call(raiseVarargs),
  [Op.RERAISE]: call(reraise),
  [Op.SETUP_FINALLY]: inline((g) => `(f.blocks ??= []).push(BLOCK_FINALLY, ${g.arg}, ${g.at(0)}); ${g.next(0)}`, true),
  // Three pops, not `length -= 3`: V8 shrinks an array's length through the runtime (~70 ns), and every try block ends here.
  [Op.POP_BLOCK]: inline((g) => `{ const b = f.blocks; b.pop(); b.pop(); b.pop(); } ${g.next(0)}`, true),
  [Op.POP_EXCEPT]: call(popExcept),
  [Op.JUMP_IF_NOT_EXC_MATCH]: call(jumpIfNotExcMatch),
  [Op.BEFORE_WITH]: call(beforeWith),
  [Op.WITH_EXCEPT_START]: call(withExceptStart),
  [Op.LOAD_ASSERTION_ERROR]: inline((g) => `${g.s(0)} = E.AssertionError; ${g.next(1)}`, true),

  [Op.IMPORT_NAME]: call(importName),
  [Op.IMPORT_FROM]: call(importFrom),
  [Op.IMPORT_STAR]: call(importStar),

  [Op.FORMAT_VALUE]: inline((g) => {
    const conv = g.of((a) => a & 3, `${g.arg} & 3`);
    return g.split(
      (a) => (a & 4) !== 0,
      `${g.arg} & 4`,
      (spec) =>
        spec
          ? `const r = formatValue(th, ${g.s(-2)}, ${conv}, ${g.s(-1)}); ${coro(g, 'format', -2)} ${g.s(-2)} = r; ${g.next(-1)}`
          : `const v = ${g.s(-1)};
  if (typeof v === 'number' && ${conv} !== 2) { ${g.s(-1)} = String(v); ${g.next(0)} }
  if (typeof v === 'string' && ${conv} < 2) { ${g.next(0)} }
  const r = formatValue(th, v, ${conv}, ''); ${coro(g, 'format', -1)} ${g.s(-1)} = r; ${g.next(0)}`,
    );
  }),
  [Op.BUILD_STRING]: inline((g) => {
    if (g.known === null) return `let s = ''; for (let i = ${g.at(0, 1)}; i < ${g.at(0)}; i++) s += regs[i]; ${g.s(0, 1)} = flat(s); ${g.next(1, 1)}`;
    const parts: string[] = [];
    for (let i = 0; i < g.known; i++) parts.push(g.s(i - g.known));
    return `${g.s(0, 1)} = ${parts.length > 1 ? `flat(${parts.join(' + ')})` : parts.join('') || "''"}; ${g.next(1, 1)}`;
  }, true),
  [Op.SETUP_ANNOTATIONS]: call(setupAnnotations),
};

/** The out-of-line opcodes' functions, by opcode (the generated code calls `OUT[op]`). */
export const OUT: (OutOfLine | undefined)[] = [];
for (const [op, ins] of Object.entries(INSTRUCTIONS) as [string, Instruction][]) if (ins.kind === 'call') OUT[Number(op)] = ins.run;
