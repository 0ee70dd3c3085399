/**
 * complex: a pair of doubles with CPython's arithmetic (Objects/complexobject.c:
 * Smith's division, integer powers by squaring), repr, hash and errors.
 */
import { NotImplemented } from '../objects/boot.js';
import { typeErr, valueErr, overflowErr } from '../objects/exceptions.js';
import { methods, params, statics, getsets } from '../objects/native.js';
import { PyClass, PyFloat, type Value } from '../objects/object.js';
import { PyComplex } from '../objects/complex.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { hashFloat } from '../objects/hash.js';
import { floatRepr } from '../lib/floatrepr.js';
import { complexPow as pow, complexQuot as quot, complexProd as prod } from '../lib/complexarith.js';
import type { Thread } from '../objects/thread.js';
import type { Gen } from '../objects/coro.js';
import { callFnCo, runOrCoro } from '../runtime/dunder.js';
import { toFloatCo } from './numbers.js';

export { PyComplex };

type C = [number, number];


/** A number as a complex pair, or undefined for anything else. */
function asPair(v: Value): C | undefined {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (typeof v === 'number') return [v, 0];
  if (typeof v === 'boolean') return [v ? 1 : 0, 0];
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) throw overflowErr('int too large to convert to float');
    return [f, 0];
  }
  if (v instanceof PyFloat) return [v.v, 0];
  if (v instanceof PyBoxed) return asPair(v.value);
  return undefined;
}

const mk = (c: C): PyComplex => new PyComplex(c[0], c[1]);
const self = (v: Value): C => {
  if (!(v instanceof PyComplex)) throw typeErr(`descriptor requires a 'complex' object but received a '${typeOf(v).name}'`);
  return [v.re, v.im];
};

/** A component as complex's repr writes it: repr of the float without a trailing '.0'. */
function part(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return `${part(im)}j`;
  const sign = im < 0 || Object.is(im, -0) ? '' : '+';
  return `(${part(re)}${sign}${part(im)}j)`;
}

/** CPython's complex_hash: hash(re) + 1000003 * hash(im), in 64-bit arithmetic. */
function complexHash(v: PyComplex): Value {
  const r = BigInt(hashFloat(v.re, 0)) + 1000003n * BigInt(hashFloat(v.im, 0));
  let h = BigInt.asIntN(64, r);
  if (h === -1n) h = -2n;
  return h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
}

/** A binary operation with the other operand on either side. */
const bin = (f: (a: C, b: C) => C, reflected = false) => (_th: Thread, a: Value[]): Value => {
  const other = asPair(a[1]!);
  if (other === undefined) return NotImplemented;
  return mk(reflected ? f(other, self(a[0]!)) : f(self(a[0]!), other));
};

/** complex has no ordering: every comparison defers (and ends in a TypeError). */
const unordered = (): Value => NotImplemented;

function parseComplex(s: string): C {
  const t = s.trim().replace(/^\((.*)\)$/, '$1').replace(/_/g, '');
  const num = '[+-]?(?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|inf(?:inity)?|nan)';
  let m = new RegExp(`^(${num})$`, 'i').exec(t);
  if (m) return [Number(fixInf(m[1]!)), 0];
  m = new RegExp(`^(${num})?([+-](?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|inf(?:inity)?|nan)?|${num})[jJ]$`, 'i').exec(t);
  if (m) {
    const re = m[1] === undefined ? 0 : Number(fixInf(m[1]));
    let im = m[2]!;
    if (im === '+' || im === '') im = '1';
    else if (im === '-') im = '-1';
    return [re, Number(fixInf(im))];
  }
  throw valueErr('complex() arg is a malformed string');
}

const fixInf = (s: string): string => s.replace(/inf(inity)?/i, 'Infinity').replace(/nan/i, 'NaN');

statics(T.complex, {
  __new__: (th, args, kw) => {
    const cls = args[0] as PyClass;
    const [real, imag] = params('complex', args, kw, ['real', 'imag'], 1);
    if (typeof real === 'string') {
      if (imag !== undefined) throw typeErr("complex() can't take second arg if first is a string");
      const [re, im] = parseComplex(real);
      return new PyComplex(re, im, cls);
    }
    const r = real === undefined ? ([0, 0] as C) : asPair(real);
    const i = imag === undefined ? ([0, 0] as C) : asPair(imag);
    if (r === undefined || i === undefined) return runOrCoro(complexOfObjects(th, cls, real, imag));
    return combine(cls, real, imag, r, i);
  },
});

/** complex(real, imag) from their pairs. CPython adds the cross terms only for complex arguments (so complex(0, -0.0) keeps -0.0). */
function combine(cls: PyClass, real: Value | undefined, imag: Value | undefined, r: C, i: C): PyComplex {
  const realIsComplex = real instanceof PyComplex;
  const imagIsComplex = imag instanceof PyComplex;
  const re = realIsComplex ? r[0] - (imagIsComplex ? i[1] : 0) : imagIsComplex ? r[0] - i[1] : r[0];
  const im = realIsComplex ? i[0] + r[1] : i[0];
  return new PyComplex(re, im, cls);
}

/** complex() of objects that are not numbers: the real part through __complex__, else __float__ or __index__; the imaginary part through __float__ or __index__. */
function* complexOfObjects(th: Thread, cls: PyClass, real: Value | undefined, imag: Value | undefined): Gen {
  let r = real === undefined ? ([0, 0] as C) : asPair(real);
  let realValue = real;
  if (r === undefined) {
    const t = typeOf(real!);
    const toComplex = t.lookup('__complex__');
    if (toComplex !== undefined && toComplex !== null) {
      const v = yield* callFnCo(th, toComplex, [real!]);
      if (!(v instanceof PyComplex)) throw typeErr(`__complex__ returned non-complex (type ${typeOf(v).name})`);
      r = [v.re, v.im];
      realValue = v;
    } else if (t.lookup('__float__') || t.lookup('__index__')) {
      r = [yield* toFloatCo(th, real!), 0];
    } else {
      throw typeErr(`complex() first argument must be a string or a number, not '${t.name}'`);
    }
  }
  let i = imag === undefined ? ([0, 0] as C) : asPair(imag);
  if (i === undefined) {
    if (typeof imag === 'string') throw typeErr("complex() second arg can't be a string");
    const t = typeOf(imag!);
    if (!(t.lookup('__float__') || t.lookup('__index__'))) throw typeErr(`complex() second argument must be a number, not '${t.name}'`);
    i = [yield* toFloatCo(th, imag!), 0];
  }
  return combine(cls, realValue, imag, r, i);
}

methods(T.complex, {
  __repr__: (_th, a) => complexRepr(...self(a[0]!)),
  __str__: (_th, a) => complexRepr(...self(a[0]!)),
  __hash__: (_th, a) => complexHash(a[0] as PyComplex),
  __bool__: (_th, a) => self(a[0]!)[0] !== 0 || self(a[0]!)[1] !== 0,
  __add__: bin((x, y) => [x[0] + y[0], x[1] + y[1]]),
  __radd__: bin((x, y) => [x[0] + y[0], x[1] + y[1]], true),
  __sub__: bin((x, y) => [x[0] - y[0], x[1] - y[1]]),
  __rsub__: bin((x, y) => [x[0] - y[0], x[1] - y[1]], true),
  __mul__: bin(prod),
  __rmul__: bin(prod, true),
  __truediv__: bin(quot),
  __rtruediv__: bin(quot, true),
  __pow__: bin(pow),
  __rpow__: bin(pow, true),
  __neg__: (_th, a) => mk([-self(a[0]!)[0], -self(a[0]!)[1]]),
  __pos__: (_th, a) => mk(self(a[0]!)),
  __abs__: (_th, a) => {
    const r = Math.hypot(...self(a[0]!));
    if (!Number.isFinite(r) && Number.isFinite(self(a[0]!)[0]) && Number.isFinite(self(a[0]!)[1])) throw overflowErr('absolute value too large');
    return new PyFloat(T.float, r);
  },
  __eq__: (_th, a) => {
    const o = asPair(a[1]!);
    if (o === undefined) return NotImplemented;
    const s = self(a[0]!);
    return s[0] === o[0] && s[1] === o[1];
  },
  __ne__: (_th, a) => {
    const o = asPair(a[1]!);
    if (o === undefined) return NotImplemented;
    const s = self(a[0]!);
    return s[0] !== o[0] || s[1] !== o[1];
  },
  __lt__: unordered,
  __le__: unordered,
  __gt__: unordered,
  __ge__: unordered,
  conjugate: (_th, a) => mk([self(a[0]!)[0], -self(a[0]!)[1]]),
  __getnewargs__: (_th, a) => new PyTuple([new PyFloat(T.float, self(a[0]!)[0]), new PyFloat(T.float, self(a[0]!)[1])]),
});

getsets(T.complex, {
  real: (_th, v) => new PyFloat(T.float, (v as PyComplex).re),
  imag: (_th, v) => new PyFloat(T.float, (v as PyComplex).im),
});
