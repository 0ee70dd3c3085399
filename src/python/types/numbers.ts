/**
 * int, bool and float: constructors (int('12', 16), float('nan')), the operator
 * dunders (for the protocol with user classes and subclasses), and methods.
 */
import { BINOP_DUNDERS, Cmp, UnaryOp } from '../runtime/operators.js';
import { NotImplemented } from '../objects/boot.js';
import { type Gen, callReq } from '../objects/coro.js';
import { E, exc, typeErr } from '../objects/exceptions.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyBytes } from '../objects/bytes.js';
import { getsets, methods, none, params, statics } from '../objects/native.js';
import { PyClassMethod } from '../objects/function.js';
import { floatFromHex, floatHex } from '../lib/floathex.js';
import { PyClass, PyFloat, type Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import * as N from '../lib/numbers.js';
import { floatRepr } from '../lib/floatrepr.js';
import { intToStr } from '../lib/intbits.js';
import { intRound } from '../lib/intarith.js';
import { bigEndian, intFromBytes, intToBytes } from '../lib/intbytes.js';
import { floatRound, floatRoundToInt, floatToInt } from '../lib/floatarith.js';
import { formatFloat, formatInt } from '../lib/formatspec.js';
import { intFromString, floatFromString } from '../lib/numparse.js';
import type { PyInt } from '../lib/pyint.js';
import { numBinary, unaryNative, float } from '../runtime/arith.js';
import { eqNative, orderNative } from '../runtime/compare.js';
import { hashFloat, hashInt } from '../objects/hash.js';
import { idOf } from '../objects/identity.js';
import { truthCo, truthNative } from '../runtime/truth.js';
import { callFnCo, runOrCoro } from '../runtime/dunder.js';
import type { Thread } from '../objects/thread.js';

/** The number inside an int/bool/float value or a subclass instance, or undefined. */
export function numValue(v: Value): number | bigint | boolean | PyFloat | undefined {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  if (v instanceof PyFloat) return v.cls === T.float ? v : new PyFloat(T.float, v.v);
  if (v instanceof PyBoxed) return numValue(v.value);
  return undefined;
}

/** An int value (ints, bools, int subclasses), or undefined. */
export function intValue(v: Value): PyInt | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyBoxed) return intValue(v.value);
  return undefined;
}

function defineOperators(cls: PyClass): void {
  const table: Record<string, import('../objects/function.js').NativeFn> = {};
  BINOP_DUNDERS.forEach((name, op) => {
    table[`__${name}__`] = (_th, a) => {
      const x = numValue(a[0]!);
      const y = numValue(a[1]!);
      if (x === undefined || y === undefined) return NotImplemented;
      return numBinary(x as Value, y as Value, op) ?? NotImplemented;
    };
    table[`__r${name}__`] = (_th, a) => {
      const x = numValue(a[0]!);
      const y = numValue(a[1]!);
      if (x === undefined || y === undefined) return NotImplemented;
      return numBinary(y as Value, x as Value, op) ?? NotImplemented;
    };
  });
  const cmps: [string, Cmp][] = [
    ['__lt__', Cmp.LT],
    ['__le__', Cmp.LE],
    ['__eq__', Cmp.EQ],
    ['__ne__', Cmp.NE],
    ['__gt__', Cmp.GT],
    ['__ge__', Cmp.GE],
  ];
  for (const [name, op] of cmps) {
    table[name] = (_th, a) => {
      const x = numValue(a[0]!);
      const y = numValue(a[1]!);
      if (x === undefined || y === undefined) return NotImplemented;
      if (op === Cmp.EQ) return eqNative(x as Value, y as Value) ?? NotImplemented;
      if (op === Cmp.NE) {
        const e = eqNative(x as Value, y as Value);
        return e === undefined ? NotImplemented : !e;
      }
      return orderNative(x as Value, y as Value, op) ?? NotImplemented;
    };
  }
  const unary = (op: UnaryOp) => (_th: Thread, a: Value[]): Value => unaryNative(numValue(a[0]!) as Value, op) ?? NotImplemented;
  table.__neg__ = unary(UnaryOp.NEG);
  table.__pos__ = unary(UnaryOp.POS);
  table.__bool__ = (_th, a) => truthNative(numValue(a[0]!) as Value)!;
  methods(cls, table);
}

defineOperators(T.int);
defineOperators(T.float);

/** int(x) for a value: numbers, strings, or `__int__`/`__index__`/`__trunc__`. */
function* toInt(th: Thread, x: Value, base: Value | undefined): Gen<PyInt> {
  const n = intNative(x, base);
  if (n !== undefined) return n;
  const t = typeOf(x);
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const f = t.lookup(name);
    if (f === undefined || f === null) continue;
    const r = yield* callFnCo(th, f, [x]);
    const ri = intValue(r);
    if (ri === undefined) throw typeErr(`${name} returned non-int (type ${typeOf(r).name})`);
    return ri;
  }
  throw typeErr(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

/** int(x[, base]) when no Python code is needed (numbers, strings, bytes); undefined when x's `__int__`… must run. */
function intNative(x: Value, base: Value | undefined): PyInt | undefined {
  if (base !== undefined) {
    const b = intValue(base);
    if (b === undefined) throw typeErr(`'${typeOf(base).name}' object cannot be interpreted as an integer`);
    if (b !== 0 && (b < 2 || b > 36)) throw exc(E.ValueError!, 'int() base must be >= 2 and <= 36, or 0');
    const s = typeof x === 'string' ? x : x instanceof PyBoxed && typeof x.value === 'string' ? x.value : x instanceof PyBytes ? String.fromCharCode(...x.data) : undefined;
    if (s === undefined) throw typeErr("int() can't convert non-string with explicit base");
    return intFromString(s, b);
  }
  const i = intValue(x);
  if (i !== undefined) return i;
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (typeof x === 'string') return intFromString(x, 10);
  if (x instanceof PyBoxed) {
    if (typeof x.value === 'string') return intFromString(x.value, 10);
    if (x.value instanceof PyFloat) return floatToInt(x.value.v);
  }
  if (x instanceof PyBytes) return intFromString(String.fromCharCode(...x.data), 10);
  return undefined;
}

function* toFloat(th: Thread, x: Value): Gen<number> {
  const n = floatNative(x);
  if (n !== undefined) return n;
  const t = typeOf(x);
  const f = t.lookup('__float__') ?? t.lookup('__index__');
  if (f !== undefined && f !== null) {
    const r = yield* callFnCo(th, f, [x]);
    if (r instanceof PyFloat) return r.v;
    const ri = intValue(r);
    if (ri !== undefined && t.lookup('__float__') === undefined) return N.intToFloat(ri);
    throw typeErr(`${t.lookup('__float__') ? '__float__' : '__index__'} returned non-float (type ${typeOf(r).name})`);
  }
  throw typeErr(`float() argument must be a string or a real number, not '${t.name}'`);
}

/** float(x) when no Python code is needed; undefined when x's `__float__`/`__index__` must run. */
function floatNative(x: Value): number | undefined {
  if (x instanceof PyFloat) return x.v;
  const i = intValue(x);
  if (i !== undefined) return N.intToFloat(i);
  if (typeof x === 'string') return floatFromString(x);
  if (x instanceof PyBytes) return floatFromString(String.fromCharCode(...x.data));
  if (x instanceof PyBoxed) {
    if (typeof x.value === 'string') return floatFromString(x.value);
    if (x.value instanceof PyFloat) return x.value.v;
  }
  return undefined;
}

function* intNew(th: Thread, cls: PyClass, x: Value, base: Value | undefined): Gen {
  return wrapInt(cls, yield* toInt(th, x, base));
}

function* floatNew(th: Thread, cls: PyClass, x: Value): Gen {
  return wrapFloat(cls, yield* toFloat(th, x));
}

export const toIntCo = toInt;
export const toFloatCo = toFloat;

const wrapInt = (cls: PyClass, v: PyInt): Value => (cls === T.int ? v : boxed(cls, v));
const wrapFloat = (cls: PyClass, v: number): Value => (cls === T.float ? float(v) : boxed(cls, float(v)));

statics(T.int, {
  __new__: (th, args, kw) => {
    const cls = args[0] as PyClass;
    if (args.length > 3) throw typeErr(`int() takes at most 2 arguments (${args.length - 1} given)`);
    const x = args.length > 1 ? args[1] : kw?.get('x');
    const base = args.length > 2 ? args[2] : kw?.get('base');
    if (x === undefined) {
      if (base !== undefined) throw typeErr('int() missing string argument');
      return wrapInt(cls, 0);
    }
    const n = intNative(x, base);
    return n !== undefined ? wrapInt(cls, n) : runOrCoro(intNew(th, cls, x, base));
  },
});

T.int.call1 = (x) => intNative(x, undefined);

statics(T.bool, {
  __new__: (th, args) => {
    if (args.length > 2) throw typeErr(`bool expected at most 1 argument, got ${args.length - 1}`);
    if (args.length < 2) return false;
    return truthNative(args[1]!) ?? runOrCoro(truthCo(th, args[1]!));
  },
});

statics(T.int, {
  from_bytes: (th, a, kw) => {
    if (a.length > 3) throw typeErr(`from_bytes() takes at most 2 positional arguments (${a.length - 1} given)`);
    const [bytes, order, signed] = params('from_bytes', a, kw, ['bytes', 'byteorder', 'signed'], 1);
    if (!(bytes instanceof PyBytes)) throw typeErr(`cannot convert '${typeOf(bytes ?? null).name}' object to bytes`);
    const o = order === undefined ? 'big' : order;
    if (typeof o !== 'string') throw typeErr(`from_bytes() argument 'byteorder' must be str, not ${typeOf(o).name}`);
    const v = intFromBytes(bytes.data, bigEndian(o), signed !== undefined && truthNative(signed) === true);
    return a[0] === T.int ? v : runOrCoro(callFnCo(th, a[0]!, [v]));
  },
});
T.int.ns.setStr('from_bytes', new PyClassMethod((T.int.ns.getStr('from_bytes') as unknown as { func: Value }).func));

statics(T.float, {
  __new__: (th, args) => {
    const cls = args[0] as PyClass;
    if (args.length > 2) throw typeErr(`float expected at most 1 argument, got ${args.length - 1}`);
    if (args.length < 2) return cls === T.float ? float(0) : boxed(cls, float(0));
    const n = floatNative(args[1]!);
    return n !== undefined ? wrapFloat(cls, n) : runOrCoro(floatNew(th, cls, args[1]!));
  },
});

T.float.call1 = (x) => {
  const n = floatNative(x);
  return n === undefined ? undefined : float(n);
};

function boxed(cls: PyClass, v: Value): PyBoxed {
  const b = cls.alloc(cls) as PyBoxed;
  b.value = v;
  return b;
}

const self0 = (a: Value[]): PyInt => intValue(a[0]!)!;

methods(T.int, {
  __repr__: (_th, a) => intToStr(self0(a)),
  __hash__: (_th, a) => hashInt(self0(a)),
  __int__: (_th, a) => self0(a),
  __index__: (_th, a) => self0(a),
  __float__: (_th, a) => float(N.intToFloat(self0(a))),
  __abs__: (_th, a) => N.intAbs(self0(a)),
  __invert__: (_th, a) => N.intInvert(self0(a)),
  __trunc__: (_th, a) => self0(a),
  __floor__: (_th, a) => self0(a),
  __ceil__: (_th, a) => self0(a),
  __round__: (_th, a) => {
    const nd = a[1];
    if (nd === undefined || nd === null) return self0(a);
    const n = intValue(nd);
    if (n === undefined) throw typeErr(`'${typeOf(nd).name}' object cannot be interpreted as an integer`);
    return intRound(self0(a), n);
  },
  __format__: (_th, a) => {
    const v = a[0]!;
    return formatInt(typeof v === 'boolean' ? v : self0(a), a[1] as string, typeOf(v).name === 'bool' ? 'bool' : typeOf(v).name);
  },
  __getnewargs__: (_th, a) => new PyTuple([self0(a)]),
  bit_length: (_th, a) => N.intBitLength(self0(a)),
  bit_count: (_th, a) => {
    const v = self0(a);
    return (typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v)).toString(2).split('').filter((c) => c === '1').length;
  },
  conjugate: (_th, a) => self0(a),
  to_bytes: (_th, a, kw) => {
    if (a.length > 3) throw typeErr(`to_bytes() takes at most 2 positional arguments (${a.length - 1} given)`);
    const [length, order, signed] = params('to_bytes', a, kw, ['length', 'byteorder', 'signed'], 1);
    const n = length === undefined ? 1 : intValue(length);
    if (n === undefined) throw typeErr(`'${typeOf(length!).name}' object cannot be interpreted as an integer`);
    const o = order === undefined ? 'big' : order;
    if (typeof o !== 'string') throw typeErr(`to_bytes() argument 'byteorder' must be str, not ${typeOf(o).name}`);
    return new PyBytes(intToBytes(self0(a), Number(n), bigEndian(o), signed !== undefined && truthNative(signed) === true));
  },
  as_integer_ratio: (_th, a) => new PyTuple([self0(a), 1]),
  is_integer: () => true,
});

getsets(T.int, {
  real: (_th, v) => intValue(v)!,
  imag: () => 0,
  numerator: (_th, v) => intValue(v)!,
  denominator: () => 1,
});

methods(T.bool, {
  __repr__: (_th, a) => (a[0] ? 'True' : 'False'),
  __and__: (_th, a) => (typeof a[1] === 'boolean' ? (a[0] as boolean) && a[1] : (numBinary(a[0]!, a[1]!, 10) ?? NotImplemented)),
  __or__: (_th, a) => (typeof a[1] === 'boolean' ? (a[0] as boolean) || a[1] : (numBinary(a[0]!, a[1]!, 11) ?? NotImplemented)),
  __xor__: (_th, a) => (typeof a[1] === 'boolean' ? a[0] !== a[1] : (numBinary(a[0]!, a[1]!, 12) ?? NotImplemented)),
});

const fself = (a: Value[]): number => (numValue(a[0]!) as PyFloat).v;

methods(T.float, {
  __repr__: (_th, a) => floatRepr(fself(a)),
  __hash__: (_th, a) => hashFloat(fself(a), idOf(a[0]!)),
  __int__: (_th, a) => floatToInt(fself(a)),
  __float__: (_th, a) => float(fself(a)),
  __abs__: (_th, a) => float(Math.abs(fself(a))),
  __trunc__: (_th, a) => floatToInt(fself(a)),
  __floor__: (_th, a) => floatToInt(Math.floor(fself(a))),
  __ceil__: (_th, a) => floatToInt(Math.ceil(fself(a))),
  __round__: (_th, a) => {
    const nd = a[1];
    if (nd === undefined || nd === null) return floatRoundToInt(fself(a));
    const n = intValue(nd);
    if (n === undefined) throw typeErr(`'${typeOf(nd).name}' object cannot be interpreted as an integer`);
    return float(floatRound(fself(a), n));
  },
  __format__: (_th, a) => formatFloat(fself(a), a[1] as string),
  is_integer: (_th, a) => Number.isInteger(fself(a)),
  hex: (_th, a) => {
    none('float.hex', a);
    return floatHex(fself(a));
  },
  conjugate: (_th, a) => float(fself(a)),
  as_integer_ratio: (_th, a) => {
    const x = fself(a);
    if (!Number.isFinite(x)) throw exc(Number.isNaN(x) ? E.ValueError! : E.OverflowError!, Number.isNaN(x) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
    let d = 1n;
    let m = x;
    while (!Number.isInteger(m)) {
      m *= 2;
      d *= 2n;
    }
    const num = BigInt(m);
    return new PyTuple([N.intFloorDiv(num, 1n) as PyInt, d <= 2n ** 53n ? Number(d) : d]);
  },
});

statics(T.float, {
  fromhex: (th, a) => {
    const [cls, s] = [a[0]!, a[1]];
    if (a.length !== 2) throw typeErr(`float.fromhex() takes exactly one argument (${a.length - 1} given)`);
    if (typeof s !== 'string') throw typeErr(`bad argument type for built-in operation`);
    const v = float(floatFromHex(s));
    return cls === T.float ? v : runOrCoro(callFnCo(th, cls, [v]));
  },
});
T.float.ns.setStr('fromhex', new PyClassMethod((T.float.ns.getStr('fromhex') as unknown as { func: Value }).func));

getsets(T.float, {
  real: (_th, v) => float((numValue(v) as PyFloat).v),
  imag: () => float(0),
});

export { callReq };
