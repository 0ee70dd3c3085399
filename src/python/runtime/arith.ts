/**
 * Binary and unary operators: native arithmetic for int/bool/float and the
 * builtin sequences, then CPython's dunder protocol (subclass-first reflected
 * operands, NotImplemented, in-place variants) for everything else.
 */
import { BINOP_DUNDERS, BINOP_SYMBOLS, BinOp, INPLACE, UnaryOp } from './operators.js';
import { NotImplemented } from '../objects/boot.js';
import { type Gen, type NativeResult } from '../objects/coro.js';
import { typeErr } from '../objects/exceptions.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyFloat, PyObject, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import * as N from '../lib/numbers.js';
import { intPowIsFloat } from '../lib/intarith.js';
import { ComplexResult } from '../lib/floatarith.js';
import type { Thread } from '../objects/thread.js';
import { callFnCo, runOrCoro } from './dunder.js';
import { seqBinary } from './seqops.js';

export const float = (v: number): PyFloat => new PyFloat(T.float, v);

/** An int operand (bool counts), or undefined. */
function intOf(v: Value): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** int/bool/float arithmetic; undefined when the operands are not all numbers. */
export function numBinary(a: Value, b: Value, op: number): Value | undefined {
  const o = op & 15;
  const ia = intOf(a);
  const ib = intOf(b);
  if (ia !== undefined && ib !== undefined) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (o === BinOp.AND || o === BinOp.OR || o === BinOp.XOR)) {
      return o === BinOp.AND ? a && b : o === BinOp.OR ? a || b : a !== b;
    }
    return intBinary(ia, ib, o);
  }
  const fa = ia ?? (a instanceof PyFloat ? a.v : undefined);
  const fb = ib ?? (b instanceof PyFloat ? b.v : undefined);
  if (fa === undefined || fb === undefined) return undefined;
  const x = typeof fa === 'number' ? fa : N.intToFloat(fa);
  const y = typeof fb === 'number' ? fb : N.intToFloat(fb);
  switch (o) {
    case BinOp.ADD:
      return float(x + y);
    case BinOp.SUB:
      return float(x - y);
    case BinOp.MUL:
      return float(x * y);
    case BinOp.TRUEDIV:
      return float(N.floatTrueDiv(x, y));
    case BinOp.FLOORDIV:
      return float(N.floatFloorDiv(x, y));
    case BinOp.MOD:
      return float(N.floatMod(x, y));
    case BinOp.POW:
      try {
        return float(N.floatPow(x, y));
      } catch (e) {
        if (e instanceof ComplexResult) throw typeErr('complex numbers are not supported by forkscope');
        throw e;
      }
    default:
      return undefined;
  }
}

function intBinary(a: number | bigint, b: number | bigint, o: number): Value | undefined {
  switch (o) {
    case BinOp.ADD:
      return N.intAdd(a, b);
    case BinOp.SUB:
      return N.intSub(a, b);
    case BinOp.MUL:
      return N.intMul(a, b);
    case BinOp.TRUEDIV:
      return float(N.intTrueDiv(a, b));
    case BinOp.FLOORDIV:
      return N.intFloorDiv(a, b);
    case BinOp.MOD:
      return N.intMod(a, b);
    case BinOp.POW: {
      const r = N.intPow(a, b);
      return intPowIsFloat(b) ? float(Number(r)) : r;
    }
    case BinOp.LSHIFT:
      return N.intLshift(a, b);
    case BinOp.RSHIFT:
      return N.intRshift(a, b);
    case BinOp.AND:
      return N.intAnd(a, b);
    case BinOp.OR:
      return N.intOr(a, b);
    case BinOp.XOR:
      return N.intXor(a, b);
    default:
      return undefined;
  }
}

/** Values whose type is a builtin (no user dunders can be involved). */
const plain = (v: Value): boolean => typeof v !== 'object' || v === null || v.cls.builtin;

export function unsupported(a: Value, b: Value, op: number): never {
  const sym = BINOP_SYMBOLS[op & 15]!;
  const shown = op & INPLACE ? `${sym}=` : (op & 15) === BinOp.POW ? '** or pow()' : sym;
  if ((op & 15) === BinOp.MUL && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple)) throw typeErr(`can't multiply sequence by non-int of type '${typeOf(b).name}'`);
  if ((op & 15) === BinOp.MUL && (typeof b === 'string' || b instanceof PyList || b instanceof PyTuple)) throw typeErr(`can't multiply sequence by non-int of type '${typeOf(a).name}'`);
  if ((op & 15) === BinOp.ADD && typeof a === 'string') throw typeErr(`can only concatenate str (not "${typeOf(b).name}") to str`);
  if ((op & 15) === BinOp.ADD && a instanceof PyList && a.cls === T.list) throw typeErr(`can only concatenate list (not "${typeOf(b).name}") to list`);
  if ((op & 15) === BinOp.ADD && a instanceof PyTuple && a.cls === T.tuple) throw typeErr(`can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
  throw typeErr(`unsupported operand type(s) for ${shown}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** BINARY_OP's slow path. */
export function binaryOp(th: Thread, a: Value, b: Value, op: number): NativeResult {
  if (plain(a) && plain(b)) {
    const n = numBinary(a, b, op);
    if (n !== undefined) return n;
    const s = seqBinary(th, a, b, op);
    if (s !== undefined) return s;
  }
  return runOrCoro(dunderBinary(th, a, b, op));
}

/** The operator protocol through `__op__`, `__rop__` and (for augmented assignment) `__iop__`. */
export function* dunderBinary(th: Thread, a: Value, b: Value, op: number): Gen {
  const name = BINOP_DUNDERS[op & 15]!;
  if (op & INPLACE) {
    const ifn = typeOf(a).lookup(`__i${name}__`);
    if (ifn !== undefined && ifn !== null) {
      const r = yield* callFnCo(th, ifn, [a, b]);
      if (r !== NotImplemented) return r;
    }
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup(`__${name}__`);
  const fb = ta === tb ? undefined : tb.lookup(`__r${name}__`);
  if (fb !== undefined && fb !== null && tb.isSubclassOf(ta) && fb !== ta.lookup(`__r${name}__`)) {
    const r = yield* callFnCo(th, fb, [b, a]);
    if (r !== NotImplemented) return r;
    if (fa !== undefined && fa !== null) {
      const r2 = yield* callFnCo(th, fa, [a, b]);
      if (r2 !== NotImplemented) return r2;
    }
    return unsupported(a, b, op);
  }
  if (fa !== undefined && fa !== null) {
    const r = yield* callFnCo(th, fa, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && fb !== null) {
    const r = yield* callFnCo(th, fb, [b, a]);
    if (r !== NotImplemented) return r;
  }
  return unsupported(a, b, op);
}

/** Dunder and symbol of each UnaryOp. */
const UNARY_NAMES: [string, string][] = [
  ['__neg__', '-'],
  ['__pos__', '+'],
  ['__invert__', '~'],
];

export function unaryNative(v: Value, op: UnaryOp): Value | undefined {
  const i = intOf(v);
  if (i !== undefined) {
    if (op === UnaryOp.NEG) return N.intNeg(i);
    if (op === UnaryOp.POS) return i;
    return N.intInvert(i);
  }
  if (v instanceof PyFloat && v.cls === T.float) {
    if (op === UnaryOp.NEG) return float(-v.v);
    if (op === UnaryOp.POS) return v;
  }
  return undefined;
}

export function unaryOp(th: Thread, v: Value, op: UnaryOp): NativeResult {
  const n = unaryNative(v, op);
  if (n !== undefined) return n;
  const [name, sym] = UNARY_NAMES[op]!;
  const fn = typeOf(v).lookup(name);
  if (fn === undefined || fn === null) throw typeErr(`bad operand type for unary ${sym}: '${typeOf(v).name}'`);
  return runOrCoro(callFnCo(th, fn, [v]));
}

/** The primitive inside boxed subclass instances (int/float/str subclasses). */
export const prim = (v: Value): Value => (v instanceof PyBoxed ? v.value : v);

export { PyObject };
