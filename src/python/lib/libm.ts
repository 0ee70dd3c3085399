/**
 * log, exp, sin, cos and pow for the Python math/random code paths.
 *
 * CPython calls the platform libm (glibc), whose results are correctly
 * rounded in all but rare near-halfway cases; V8's Math.* are fdlibm ports
 * that are often 1 ulp off. So we evaluate in double-double arithmetic
 * (~100 bits) and round once, which agrees with glibc except where glibc
 * itself misrounds (about 1 input in 10^3–10^4 for pow).
 */

// ---- double-double primitives (Dekker / Knuth) ----

function twoSum(a: number, b: number, out: Float64Array): void {
  const s = a + b;
  const bb = s - a;
  out[0] = s;
  out[1] = a - (s - bb) + (b - bb);
}

const SPLITTER = 134217729; // 2^27 + 1
function twoProd(a: number, b: number, out: Float64Array): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  out[0] = p;
  out[1] = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** A double-double value hi + lo with |lo| ≤ ulp(hi)/2. */
type DD = [number, number];
const tmp = new Float64Array(2);
const tmp2 = new Float64Array(2);

function ddAdd(a: DD, b: DD): DD {
  twoSum(a[0], b[0], tmp);
  const s = tmp[0]!;
  const e = tmp[1]! + a[1] + b[1];
  const hi = s + e;
  return [hi, e - (hi - s)];
}

function ddMul(a: DD, b: DD): DD {
  twoProd(a[0], b[0], tmp);
  const p = tmp[0]!;
  const e = tmp[1]! + (a[0] * b[1] + a[1] * b[0]);
  const hi = p + e;
  return [hi, e - (hi - p)];
}

function ddMulD(a: DD, b: number): DD {
  twoProd(a[0], b, tmp);
  const p = tmp[0]!;
  const e = tmp[1]! + a[1] * b;
  const hi = p + e;
  return [hi, e - (hi - p)];
}

function ddDivD(a: DD, b: number): DD {
  const q1 = a[0] / b;
  twoProd(q1, b, tmp2);
  const r = a[0] - tmp2[0]! - tmp2[1]! + a[1];
  const q2 = r / b;
  const hi = q1 + q2;
  return [hi, q2 - (hi - q1)];
}

// ln 2 and pi/2 to ~160 bits, as sums of doubles.
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

// ---- slow reference evaluations: only used to build the tables below ----

/** e^r for |r| ≤ 0.36: Taylor on r/1024, then 10 squarings. */
function expSlow(r: DD): DD {
  const x = ddMulD(r, 1 / 1024);
  let s: DD = [1, 0];
  for (let k = 12; k >= 1; k--) s = ddAdd([1, 0], ddDivD(ddMul(s, x), k));
  for (let i = 0; i < 10; i++) s = ddMul(s, s);
  return s;
}

/** ln(m) for m in [0.7, 1.5]: Newton step on V8's log using expSlow. */
function logSlow(m: number): DD {
  const y0 = Math.log(m);
  const corr = ddAdd(ddMulD(expSlow([-y0, 0]), m), [-1, 0]);
  return ddAdd([y0, 0], corr);
}

/** sin and cos of a small double-double by plain Taylor series. */
function sinSlow(r: DD): DD {
  const r2 = ddMul(r, r);
  let s: DD = [1, 0];
  for (let k = 29; k >= 3; k -= 2) s = ddAdd([1, 0], ddDivD(ddMulD(ddMul(s, r2), -1), k * (k - 1)));
  return ddMul(s, r);
}
function cosSlow(r: DD): DD {
  const r2 = ddMul(r, r);
  let s: DD = [1, 0];
  for (let k = 28; k >= 2; k -= 2) s = ddAdd([1, 0], ddDivD(ddMulD(ddMul(s, r2), -1), k * (k - 1)));
  return s;
}

// ---- tables (built on first use: a few ms of double-double work) ----

/** 1/k! and 1/k as double-doubles for the short series. */
const INV_FACT: DD[] = [[1, 0]];
const INV: DD[] = [[Infinity, 0]];
for (let k = 1; k <= 16; k++) {
  INV_FACT.push(ddDivD(INV_FACT[k - 1]!, k));
  INV.push(ddDivD([1, 0], k));
}
const LOG1P_COEF: DD[] = INV.slice(1);
const SIN_COEF: DD[] = [1, 3, 5, 7, 9, 11].map((k) => INV_FACT[k]!);
const COS_COEF: DD[] = [0, 2, 4, 6, 8, 10, 12].map((k) => INV_FACT[k]!);

/** 2^(j/64), j = 0..63. */
const EXP2_TABLE: DD[] = [];
/** log table on [0.75, 1.5): centres c = j/128 (j = 96..192), 1/c rounded, and −ln(1/c). */
const LOG_INVC: number[] = [];
const LOG_T: DD[] = [];
/** sin(k/64) and cos(k/64), k = 0..51 (51/64 > π/4). */
const SIN_T: DD[] = [];
const COS_T: DD[] = [];

function buildExpTable(): void {
  for (let j = 0; j < 64; j++) EXP2_TABLE.push(expSlow(ddMulD(LN2, j / 64)));
}
function buildLogTable(): void {
  for (let j = 96; j <= 192; j++) {
    const invc = 128 / j;
    LOG_INVC.push(invc);
    const l = logSlow(invc);
    LOG_T.push([-l[0], -l[1]]);
  }
}
function buildSinCosTable(): void {
  for (let k = 0; k <= 51; k++) {
    SIN_T.push(sinSlow([k / 64, 0]));
    COS_T.push(cosSlow([k / 64, 0]));
  }
}

// ---- fast evaluations ----

/** Σ c_k x^k for k = 0..n with dd coefficients, Horner. */
function horner(coef: DD[], n: number, x: DD, sign: number): DD {
  let s: DD = coef[n]!;
  for (let k = n - 1; k >= 0; k--) {
    s = ddMul(s, x);
    if (sign < 0) s = [-s[0], -s[1]];
    s = ddAdd(coef[k]!, s);
  }
  return s;
}

/** round(hi + lo) × 2^n to the nearest double, half-even, subnormals included. */
function scaleRound(v: DD, n: number): number {
  const [hi, lo] = v;
  if (n >= -1021) {
    const r = hi + lo;
    if (n > 1023) return r * 2 ** 1023 * 2 ** (n - 1023);
    return r * 2 ** n;
  }
  // Subnormal result: round on the 2^-1074 grid in one step.
  const sh = n + 1074;
  if (sh < -60) return 0;
  const zh = hi * 2 ** sh;
  const zl = lo * 2 ** sh;
  const f = Math.floor(zh);
  const frac = zh - f + zl;
  let q = f;
  if (frac > 0.5 || (frac === 0.5 && f % 2 !== 0)) q = f + 1;
  else if (frac < -0.5 || (frac === -0.5 && f % 2 !== 0)) q = f - 1;
  return q * 2 ** -1074;
}

const LN2_64: DD = [LN2[0] / 64, LN2[1] / 64];

/** e^t for a double-double t (finite); returns the rounded double. */
function expDD(t: DD): number {
  if (EXP2_TABLE.length === 0) buildExpTable();
  if (t[0] > 709.8) return Infinity;
  if (t[0] < -745.2) return 0;
  const k = Math.round(t[0] / LN2_64[0]);
  const r = ddAdd(t, ddMulD(LN2_64, -k));
  const j = k & 63;
  const n = (k - j) / 64;
  const er = horner(INV_FACT, 10, r, 1);
  return scaleRound(ddMul(EXP2_TABLE[j]!, er), n);
}

/** ln(x) for finite x > 0 as a double-double. */
function logDD(x: number): DD {
  if (LOG_T.length === 0) buildLogTable();
  let k = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m *= 2 ** 54;
    k -= 54;
  }
  const e = Math.floor(Math.log2(m));
  m *= 2 ** -e;
  k += e;
  if (m < 1) {
    m *= 2;
    k -= 1;
  } else if (m >= 2) {
    m /= 2;
    k += 1;
  }
  if (m >= 1.5) {
    m /= 2;
    k += 1;
  }
  const j = Math.round(m * 128) - 96;
  const invc = LOG_INVC[j]!;
  twoProd(m, invc, tmp);
  // m·invc − 1 exactly: the product is within 2^-7 of 1 (Sterbenz).
  const r = ddAdd([tmp[0]! - 1, 0], [tmp[1]!, 0]);
  // log1p(r) = r − r²/2 + r³/3 − … (|r| < 2^-7.4, 13 terms).
  const lp = ddMul(horner(LOG1P_COEF, 12, r, -1), r);
  return ddAdd(ddAdd(ddMulD(LN2, k), LOG_T[j]!), lp);
}

/** Natural logarithm (glibc rounding for x > 0). */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) {
    if (x === 0) return -Infinity;
    return x === Infinity ? Infinity : NaN;
  }
  if (x === 1) return 0;
  const v = logDD(x);
  return v[0] + v[1];
}

/** e^x. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x === 0) return 1;
  return expDD([x, 0]);
}

/** x^y for x > 0 finite, y finite, not an integer power handled exactly elsewhere. */
export function powPositive(x: number, y: number): number {
  const l = logDD(x);
  const t0 = l[0] * y;
  if (!(Math.abs(t0) < 1000)) return t0 > 0 ? Infinity : 0;
  return expDD(ddMulD(l, y));
}

/** Reduce x by multiples of pi/2: returns quadrant and remainder as double-double. */
function reduce(x: number): { q: number; r: DD } {
  const k = Math.round(x / PIO2_1);
  twoProd(k, PIO2_1, tmp);
  let r = ddAdd([x, 0], [-tmp[0]!, -tmp[1]!]);
  r = ddAdd(r, ddMulD([PIO2_2, PIO2_3], -k));
  return { q: ((k % 4) + 4) % 4, r };
}

/** sin(r) (which = 0) or cos(r) (which = 1) for |r| ≤ π/4 + ε. */
function sinCosSmall(r: DD, which: number): DD {
  if (SIN_T.length === 0) buildSinCosTable();
  const neg = r[0] < 0;
  const a: DD = neg ? [-r[0], -r[1]] : r;
  const k = Math.round(a[0] * 64);
  const d = ddAdd(a, [-k / 64, 0]);
  const d2 = ddMul(d, d);
  const sd = ddMul(horner(SIN_COEF, 5, d2, -1), d);
  const cd = horner(COS_COEF, 6, d2, -1);
  const S = SIN_T[k]!;
  const C = COS_T[k]!;
  if (which === 1) return ddAdd(ddMul(C, cd), ddMulD(ddMul(S, sd), -1));
  const v = ddAdd(ddMul(S, cd), ddMul(C, sd));
  return neg ? [-v[0], -v[1]] : v;
}

function sinq(q: number, r: DD): DD {
  const v = sinCosSmall(r, q & 1);
  return q & 2 ? [-v[0], -v[1]] : v;
}

/** sin(x); arguments beyond 2^20·π fall back to V8's reduction. */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 1e-8) return x === 0 ? x : x - (x * x * x) / 6;
  if (Math.abs(x) > 1.6e6) return Math.sin(x);
  const { q, r } = reduce(x);
  const v = sinq(q, r);
  return v[0] + v[1];
}

/** cos(x); arguments beyond 2^20·π fall back to V8's reduction. */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) > 1.6e6) return Math.cos(x);
  const { q, r } = reduce(x);
  const v = sinq((q + 1) % 4, r);
  return v[0] + v[1];
}

/**
 * 2^x, rounded once: glibc's exp2 is within about half an ulp, so the two agree
 * except in near-halfway cases.
 */
export function exp2(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (Number.isInteger(x) && x >= -1074 && x <= 1023) return 2 ** x;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  return expDD(ddMulD(LN2, x));
}
