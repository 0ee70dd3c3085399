/** math: the common functions, with CPython's domain errors. */
import { E, exc, typeErr, valueErr } from '../objects/exceptions.js';
import { fn, one, unpack } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { PyFloat, type Value } from '../objects/object.js';
import { typeOf } from '../objects/types.js';
import { PyTuple } from '../objects/tuple.js';
import { Coro } from '../objects/coro.js';
import type { Interpreter } from '../objects/interpreter.js';
import { binaryOp, float } from '../runtime/arith.js';
import { BinOp } from '../runtime/operators.js';
import type { Thread } from '../objects/thread.js';
import { listOf } from '../runtime/iter.js';
import { callFnCo, runOrCoro } from '../runtime/dunder.js';
import { intValue } from '../types/numbers.js';
import * as N from '../lib/numbers.js';
import { cos, exp, log, sin } from '../lib/libm.js';
import { normInt, toBig, type PyInt } from '../lib/pyint.js';
import { floatToInt } from '../lib/floatarith.js';
import { addSpecialFunctions } from './math-special.js';

function x(v: Value | undefined): number {
  if (v instanceof PyFloat) return v.v;
  const i = intValue(v!);
  if (i !== undefined) return N.intToFloat(i);
  throw typeErr(`must be real number, not ${typeOf(v!).name}`);
}

function int(v: Value, name: string): PyInt {
  const i = intValue(v);
  if (i === undefined) {
    if (v instanceof PyFloat) throw typeErr(`'float' object cannot be interpreted as an integer`);
    throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  void name;
  return i;
}

const domain = (): never => {
  throw valueErr('math domain error');
};

function f1(name: string, f: (a: number) => number, check?: (a: number) => boolean) {
  return fn(name, (_th, args) => {
    const a = x(one(`math.${name}`, args));
    if (check && !check(a)) domain();
    const r = f(a);
    if (Number.isNaN(r) && !Number.isNaN(a)) domain();
    if (!Number.isFinite(r) && Number.isFinite(a)) throw exc(E.OverflowError!, 'math range error');
    return float(r);
  }, 'math');
}

function logOf(a: number): number {
  if (a <= 0) domain();
  return log(a);
}

function bigLog(v: PyInt): number {
  if (typeof v === 'number') return logOf(v);
  if (v <= 0n) domain();
  const bits = v.toString(2).length;
  const shift = Math.max(0, bits - 60);
  return log(Number(v >> BigInt(shift))) + shift * Math.LN2;
}

function factorial(n: PyInt): PyInt {
  if (n < 0) throw valueErr('factorial() not defined for negative values');
  let r = 1n;
  for (let i = 2n; i <= toBig(n); i++) r *= i;
  return normInt(r);
}

function gcd(a: PyInt, b: PyInt): PyInt {
  let x1 = toBig(a) < 0n ? -toBig(a) : toBig(a);
  let y1 = toBig(b) < 0n ? -toBig(b) : toBig(b);
  while (y1 !== 0n) [x1, y1] = [y1, x1 % y1];
  return normInt(x1);
}

function isqrt(n: PyInt): PyInt {
  const v = toBig(n);
  if (v < 0n) throw valueErr('isqrt() argument must be nonnegative');
  if (v < 2n) return normInt(v);
  let r = BigInt(Math.floor(Math.sqrt(Number(v))));
  while (r * r > v) r--;
  while ((r + 1n) * (r + 1n) <= v) r++;
  return normInt(r);
}

export function makeMath(_interp: Interpreter): PyModule {
  const m = new PyModule('math');
  const set = (k: string, v: Value): void => m.ns.setStr(k, v);
  set('pi', float(Math.PI));
  set('e', float(Math.E));
  set('tau', float(2 * Math.PI));
  set('inf', float(Infinity));
  set('nan', float(NaN));
  set('sqrt', f1('sqrt', Math.sqrt, (a) => a >= 0 || Number.isNaN(a)));
  set('exp', f1('exp', exp));
  set('sin', f1('sin', sin));
  set('cos', f1('cos', cos));
  set('tan', f1('tan', Math.tan));
  set('asin', f1('asin', Math.asin, (a) => a >= -1 && a <= 1));
  set('acos', f1('acos', Math.acos, (a) => a >= -1 && a <= 1));
  set('atan', f1('atan', Math.atan));
  set('sinh', f1('sinh', Math.sinh));
  set('cosh', f1('cosh', Math.cosh));
  set('tanh', f1('tanh', Math.tanh));
  set('fabs', f1('fabs', Math.abs));
  set('degrees', f1('degrees', (a) => (a * 180) / Math.PI));
  set('radians', f1('radians', (a) => (a * Math.PI) / 180));
  set('log2', fn('log2', (_th, a) => { const v = one('math.log2', a); const i = intValue(v); return float(i !== undefined ? bigLog(i) / Math.LN2 : (x(v) <= 0 ? domain() : Math.log2(x(v)))); }, 'math'));
  set('log10', fn('log10', (_th, a) => { const v = one('math.log10', a); const i = intValue(v); return float(i !== undefined && typeof i === 'number' && i > 0 ? Math.log10(i) : i !== undefined ? bigLog(i) / Math.LN10 : (x(v) <= 0 ? domain() : Math.log10(x(v)))); }, 'math'));
  set('log', fn('log', (_th, a) => {
    unpack('log', a, 1, 2);
    const ln = (v: Value): number => { const i = intValue(v); return i !== undefined ? bigLog(i) : logOf(x(v)); };
    const r = ln(a[0]!);
    if (a.length === 1) return float(r);
    const b = ln(a[1]!);
    if (b === 0) throw exc(E.ZeroDivisionError!, 'float division by zero');
    return float(r / b);
  }, 'math'));
  set('atan2', fn('atan2', (_th, a) => float(Math.atan2(x(a[0]), x(a[1]))), 'math'));
  set('hypot', fn('hypot', (_th, a) => float(Math.hypot(...a.map((v) => x(v)))), 'math'));
  set('pow', fn('pow', (_th, a) => { unpack('pow', a, 2, 2); return float(N.floatPow(x(a[0]), x(a[1]))); }, 'math'));
  set('fmod', fn('fmod', (_th, a) => { const [p, q] = [x(a[0]), x(a[1])]; if (q === 0 || !Number.isFinite(p)) domain(); return float(p % q); }, 'math'));
  set('copysign', fn('copysign', (_th, a) => { const [p, q] = [x(a[0]), x(a[1])]; return float(Math.abs(p) * (q < 0 || Object.is(q, -0) ? -1 : 1)); }, 'math'));
  set('isnan', fn('isnan', (_th, a) => Number.isNaN(x(one('math.isnan', a))), 'math'));
  set('isinf', fn('isinf', (_th, a) => { const v = x(one('math.isinf', a)); return v === Infinity || v === -Infinity; }, 'math'));
  set('isfinite', fn('isfinite', (_th, a) => Number.isFinite(x(one('math.isfinite', a))), 'math'));
  set('isclose', fn('isclose', (_th, a, kw) => {
    const [p, q] = [x(a[0]), x(a[1])];
    const rel = kw?.get('rel_tol') !== undefined ? x(kw.get('rel_tol')) : 1e-9;
    const abs = kw?.get('abs_tol') !== undefined ? x(kw.get('abs_tol')) : 0;
    if (p === q) return true;
    if (!Number.isFinite(p) || !Number.isFinite(q)) return false;
    const d = Math.abs(p - q);
    return d <= Math.abs(rel * q) || d <= Math.abs(rel * p) || d <= abs;
  }, 'math'));
  const rounding = (name: string, f: (v: number) => number, dunder: string) =>
    fn(name, (th, a) => {
      const v = one(`math.${name}`, a);
      const i = intValue(v);
      if (i !== undefined) return i;
      if (v instanceof PyFloat) return floatToInt(f(v.v));
      const d = typeOf(v).lookup(dunder);
      if (d === undefined) throw typeErr(`must be real number, not ${typeOf(v).name}`);
      return runOrCoro(callFnCo(th, d, [v]));
    }, 'math');
  set('floor', rounding('floor', Math.floor, '__floor__'));
  set('ceil', rounding('ceil', Math.ceil, '__ceil__'));
  set('trunc', rounding('trunc', Math.trunc, '__trunc__'));
  set('factorial', fn('factorial', (_th, a) => {
    const v = one('math.factorial', a);
    if (v instanceof PyFloat) throw typeErr("'float' object cannot be interpreted as an integer");
    return factorial(int(v, 'factorial'));
  }, 'math'));
  set('gcd', fn('gcd', (_th, a) => a.reduce<PyInt>((acc, v) => gcd(acc, int(v, 'gcd')), 0), 'math'));
  set('lcm', fn('lcm', (_th, a) => a.reduce<PyInt>((acc, v) => { const b = int(v, 'lcm'); if (acc === 0 || b === 0) return 0; const g = gcd(acc, b); return N.intAbs(N.intFloorDiv(N.intMul(acc, b), g)); }, 1), 'math'));
  set('isqrt', fn('isqrt', (_th, a) => isqrt(int(one('math.isqrt', a), 'isqrt')), 'math'));
  set('comb', fn('comb', (_th, a) => {
    unpack('comb', a, 2, 2);
    const [n, k] = [toBig(int(a[0]!, 'comb')), toBig(int(a[1]!, 'comb'))];
    if (n < 0n || k < 0n) throw valueErr(`${n < 0n ? 'n' : 'k'} must be a non-negative integer`);
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
    return normInt(r);
  }, 'math'));
  set('perm', fn('perm', (_th, a) => {
    const n = toBig(int(a[0]!, 'perm'));
    const k = a.length > 1 && a[1] !== null ? toBig(int(a[1]!, 'perm')) : n;
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return normInt(r);
  }, 'math'));
  set('fsum', fn('fsum', (th, a) => runOrCoro((function* () {
    const items = yield* listOf(th, one('math.fsum', a));
    return float(fsum(items.map(x)));
  })()), 'math'));
  set('prod', fn('prod', (th, a, kw) => runOrCoro((function* () {
    const items = yield* listOf(th, a[0]!);
    let acc: Value = kw?.get('start') ?? 1;
    for (const v of items) acc = yield* mul(th, acc, v);
    return acc;
  })()), 'math'));
  set('modf', fn('modf', (_th, a) => { const v = x(one('math.modf', a)); const i = Math.trunc(v); return new PyTuple([float(v - i), float(i)]); }, 'math'));
  set('frexp', fn('frexp', (_th, a) => {
    const v = x(one('math.frexp', a));
    if (v === 0 || !Number.isFinite(v)) return new PyTuple([float(v), 0]);
    let e = Math.ceil(Math.log2(Math.abs(v)));
    let mant = v / 2 ** e;
    while (Math.abs(mant) >= 1) { mant /= 2; e++; }
    while (Math.abs(mant) < 0.5) { mant *= 2; e--; }
    return new PyTuple([float(mant), e]);
  }, 'math'));
  set('ldexp', fn('ldexp', (_th, a) => float(x(a[0]) * 2 ** Number(int(a[1]!, 'ldexp'))), 'math'));
  set('dist', fn('dist', (th, a) => runOrCoro((function* () {
    const p = (yield* listOf(th, a[0]!)).map((v) => x(v));
    const q = (yield* listOf(th, a[1]!)).map((v) => x(v));
    if (p.length !== q.length) throw valueErr('both points must have the same number of dimensions');
    return float(Math.hypot(...p.map((v, i) => v - q[i]!)));
  })()), 'math'));
  addSpecialFunctions(set);
  return m;
}

function* mul(th: Thread, a: Value, b: Value): Generator<import('../objects/coro.js').Req, Value, unknown> {
  const r = binaryOp(th, a, b, BinOp.MUL);
  return r instanceof Coro ? yield* r.gen : r;
}

/**
 * math.fsum: the correctly rounded sum (Shewchuk's exact partials, as CPython's msum keeps
 * them, with its half-even correction at the end). A sum that overflows although every
 * item is finite raises OverflowError; infinities and NaNs among the items give their sum,
 * and +inf with -inf raises ValueError.
 */
function fsum(items: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infs = 0;
  for (const item of items) {
    let v = item;
    let n = 0;
    for (let p of partials) {
      if (Math.abs(v) < Math.abs(p)) [v, p] = [p, v];
      const hi = v + p;
      const lo = p - (hi - v);
      if (lo !== 0) partials[n++] = lo;
      v = hi;
    }
    if (v !== 0) {
      if (!Number.isFinite(v)) {
        if (Number.isFinite(item)) throw exc(E.OverflowError!, 'intermediate overflow in fsum');
        if (!Number.isNaN(item)) infs += item;
        special += item;
        n = 0;
      } else partials[n++] = v;
    }
    partials.length = n;
  }
  if (special !== 0) {
    if (Number.isNaN(infs)) throw exc(E.ValueError!, '-inf + inf in fsum');
    return special;
  }
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const v = hi;
    const p = partials[--n]!;
    hi = v + p;
    lo = p - (hi - v);
    if (lo !== 0) break;
  }
  // Half-even rounding across partials: when the rest leans the same way as lo, round by it.
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const twice = lo * 2;
    const sum = hi + twice;
    if (sum - hi === twice) hi = sum;
  }
  return hi;
}
