/**
 * Binary and unary operators: native arithmetic for int/bool/float and the
 * builtin sequences, then CPython's dunder protocol (subclass-first reflected
 * operands, NotImplemented, in-place variants) for everything else.
 */
import { BINOP_DUNDERS, BINOP_SYMBOLS, BinOp, INPLACE, UnaryOp } from './operators.js';
import { NotImplemented } from '../objects/boot.js';
import { type Gen, type NativeResult } from '../objects/coro.js';
import { typeErr } from '../objects/exceptions.js';
import { needInt } from '../objects/memory.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyFloat, PyObject, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import * as N from '../lib/numbers.js';
import { intPowIsFloat } from '../lib/intarith.js';
import { ComplexResult } from '../lib/floatarith.js';
import { complexPow } from '../lib/complexarith.js';
import { PyComplex } from '../objects/complex.js';
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
        // float_pow: a negative base to a non-integer power is complex_pow's business.
        if (e instanceof ComplexResult) return new PyComplex(...complexPow([x, 0], [y, 0]));
        throw e;
      }
    default:
      return undefined;
  }
}

/** Ints past this many bits have their products, powers and shifts checked against the memory limit first. */
const BIG = 1n << 65536n;

/** Bits of |v| (about: O(digits) for a bigint, which the operation it guards far exceeds). */
const bitsOf = (v: number | bigint): number => (typeof v === 'number' ? (v === 0 ? 0 : Math.floor(Math.log2(Math.abs(v))) + 1) : N.intBitLength(v));

/**
 * The memory an int result of operation `o` would take, checked before the host
 * computes it: squaring a 100-million-bit int takes the host seconds and then fails;
 * CPython under a memory limit raises MemoryError (OverflowError for a shift count
 * past what it can index).
 */
function checkIntGrowth(a: number | bigint, b: number | bigint, o: number): void {
  if (o === BinOp.MUL) {
    if ((typeof a === 'bigint' && (a > BIG || a < -BIG)) || (typeof b === 'bigint' && (b > BIG || b < -BIG))) needInt(bitsOf(a) + bitsOf(b));
  } else if (o === BinOp.POW) {
    if (b > 64 && a !== 0 && a !== 1 && a !== -1 && a !== 0n && a !== 1n && a !== -1n) needInt(Math.max(1, bitsOf(a) - 1) * Number(b));
  } else if (o === BinOp.LSHIFT) {
    if (b > 65536) needInt(bitsOf(a) + Number(b));
  }
}

function intBinary(a: number | bigint, b: number | bigint, o: number): Value | undefined {
  if (typeof a === 'bigint' || typeof b === 'bigint' || o === BinOp.POW || o === BinOp.LSHIFT) checkIntGrowth(a, b, o);
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
