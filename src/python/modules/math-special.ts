/**
 * The math functions of CPython 3.11 beyond the common ones (modules/math.ts):
 * cbrt, exp2, expm1, log1p, asinh, acosh, atanh, erf, erfc, gamma, lgamma,
 * nextafter, ulp and remainder, with CPython's domain and range errors.
 */
import { E, exc, typeErr, valueErr } from '../objects/exceptions.js';
import { fn, one } from '../objects/native.js';
import { PyFloat, type Value } from '../objects/object.js';
import { typeOf } from '../objects/types.js';
import { float } from '../runtime/arith.js';
import { intValue } from '../types/numbers.js';
import * as N from '../lib/numbers.js';
import { exp2 } from '../lib/libm.js';
import { acosh, asinh, atanh, cbrt, erf, erfc, expm1, log1p } from '../lib/mathspecial.js';
import { type MathResult, gamma, lgamma } from '../lib/gamma.js';

function real(v: Value): number {
  if (v instanceof PyFloat) return v.v;
  const i = intValue(v);
  if (i !== undefined) return N.intToFloat(i);
  throw typeErr(`must be real number, not ${typeOf(v).name}`);
}

const domain = (): never => {
  throw valueErr('math domain error');
};
const range = (): never => {
  throw exc(E.OverflowError!, 'math range error');
};

/** CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite value is a range error if the function can overflow, else a domain error. */
function libm1(name: string, f: (x: number) => number, canOverflow: boolean) {
  return fn(name, (_th, a) => {
    const x = real(one(`math.${name}`, a));
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) return canOverflow ? range() : domain();
    return float(r);
  }, 'math');
}

/** CPython's math_1a: the function reports its own errors (gamma, lgamma). */
function own1(name: string, f: (x: number) => MathResult) {
  return fn(name, (_th, a) => {
    const r = f(real(one(`math.${name}`, a)));
    if (r === 'domain') domain();
    if (r === 'range') range();
    return float(r as number);
  }, 'math');
}

/** Argument Clinic's exact-count check: `nextafter expected 2 arguments, got 1`. */
function two(name: string, a: Value[]): void {
  if (a.length !== 2) throw typeErr(`${name} expected 2 arguments, got ${a.length}`);
}

const bits = new DataView(new ArrayBuffer(8));

/** C's nextafter: the next double after x towards y. */
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  bits.setFloat64(0, x);
  let n = bits.getBigUint64(0);
  n = (x < y) === (x > 0) ? n + 1n : n - 1n;
  bits.setBigUint64(0, n);
  return bits.getFloat64(0);
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** IEEE 754 remainder x - n*y, n the nearest integer to x/y (ties to even); exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

export function addSpecialFunctions(set: (name: string, v: Value) => void): void {
  set('cbrt', libm1('cbrt', cbrt, false));
  set('exp2', libm1('exp2', exp2, true));
  set('expm1', libm1('expm1', expm1, true));
  set('log1p', libm1('log1p', log1p, false));
  set('asinh', libm1('asinh', asinh, false));
  set('acosh', libm1('acosh', acosh, false));
  set('atanh', libm1('atanh', atanh, false));
  set('erf', own1('erf', erf));
  set('erfc', own1('erfc', erfc));
  set('gamma', own1('gamma', gamma));
  set('lgamma', own1('lgamma', lgamma));
  set('ulp', fn('ulp', (_th, a) => float(ulp(real(one('math.ulp', a)))), 'math'));
  set('nextafter', fn('nextafter', (_th, a) => {
    two('nextafter', a);
    return float(nextafter(real(a[0]!), real(a[1]!)));
  }, 'math'));
  set('remainder', fn('remainder', (_th, a) => {
    two('remainder', a);
    const x = real(a[0]!);
    const y = real(a[1]!);
    const r = remainder(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
    return float(r);
  }, 'math'));
}
