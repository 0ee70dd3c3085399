/**
 * complex arithmetic on pairs of doubles, as Objects/complexobject.c computes it:
 * products, Smith's division, and powers (integer exponents by squaring up to 100,
 * else through polar form). Pure; errors are PyLibErrors.
 */
import { PyLibError } from './errors.js';

export type Complex = [number, number];

type C = Complex;

export const complexProd = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];

export function complexQuot(a: C, b: C): C {
  const absR = Math.abs(b[0]);
  const absI = Math.abs(b[1]);
  if (absR >= absI) {
    if (absR === 0) throw new PyLibError('ZeroDivisionError', 'complex division by zero');
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absI >= absR) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

export function complexPow(a: C, b: C): C {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) throw new PyLibError('ZeroDivisionError', '0.0 to a negative or complex power');
    return [0, 0];
  }
  if (b[1] === 0 && Number.isInteger(b[0]) && Math.abs(b[0]) <= 100) {
    const n = Math.abs(b[0]);
    let r: C = [1, 0];
    let p = a;
    for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
      if (Math.floor(n / mask) % 2 === 1) r = complexProd(r, p);
      p = complexProd(p, p);
    }
    return b[0] < 0 ? complexQuot([1, 0], r) : r;
  }
  const vabs = Math.hypot(a[0], a[1]);
  let len = Math.pow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}
