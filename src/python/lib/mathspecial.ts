/**
 * The math functions CPython 3.11 takes from glibc's libm: cbrt, expm1, log1p,
 * asinh, acosh, atanh, erf, erfc (gamma.ts has the ones CPython implements
 * itself). Each double operation happens in the same order as in glibc's C
 * source: JS and C doubles round alike, so the results agree bit for bit
 * wherever the functions they call (exp, log from libm.ts) agree with glibc.
 */
import { exp, log } from './libm.js';

// ---- access to the 32-bit words of a double, as the C code does ----

const buf = new DataView(new ArrayBuffer(8));
const high = (x: number): number => {
  buf.setFloat64(0, x);
  return buf.getInt32(0);
};
const low = (x: number): number => {
  buf.setFloat64(0, x);
  return buf.getUint32(4);
};
const withHigh = (x: number, hi: number): number => {
  buf.setFloat64(0, x);
  buf.setInt32(0, hi | 0);
  return buf.getFloat64(0);
};
const withLow = (x: number, lo: number): number => {
  buf.setFloat64(0, x);
  buf.setUint32(4, lo >>> 0);
  return buf.getFloat64(0);
};

/** frexp: [m, e] with x = m·2^e, 0.5 ≤ |m| < 1 (e = 0 for 0, inf, nan). */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = x;
  if (Math.abs(m) < 2.2250738585072014e-308) {
    m *= 2 ** 54;
    e = -54;
  }
  const hx = high(m);
  const be = (hx >>> 20) & 0x7ff;
  e += be - 1022;
  m = withHigh(m, (hx & 0x800fffff) | (1022 << 20));
  return [m, e];
}

const ldexp = (x: number, e: number): number => (e > 1000 ? x * 2 ** 1000 * 2 ** (e - 1000) : e < -1000 ? x * 2 ** -1000 * 2 ** (e + 1000) : x * 2 ** e);

// ---- glibc sysdeps/ieee754/dbl-64/s_cbrt.c ----

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

export function cbrt(x: number): number {
  const [xm, xe] = frexp(Math.abs(x));
  if (xe === 0 && (x === 0 || !Number.isFinite(x))) return x + x;
  const u =
    0.354895765043919860 +
    (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!;
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}

// ---- glibc s_expm1.c (fdlibm, Shimizu's evaluation order) ----

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INVLN2 = 1.44269504088896338700e0;
const EXPM1_Q = [1.0, -3.33333333333331316428e-2, 1.58730158725481460165e-3, -7.93650757867487942473e-5, 4.00821782732936239552e-6, -2.01099218183624371326e-7];

export function expm1(x: number): number {
  const one = 1.0;
  let hx = high(x);
  const xsb = hx & 0x80000000;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) return Number.isNaN(x) ? x + x : xsb === 0 ? x : -1.0;
      if (x > 7.09782712893383973096e2) return Infinity;
    }
    if (xsb !== 0) return 1e-300 - one;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      if (xsb === 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (xsb === 0 ? 0.5 : -0.5));
      const t = k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else k = 0;
  const Q = EXPM1_Q;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = one + hxs * Q[1]!;
  const h2 = hxs * hxs;
  const R2 = Q[2]! + hxs * Q[3]!;
  const h4 = h2 * h2;
  const R3 = Q[4]! + hxs * Q[5]!;
  const r1 = R1 + h2 * R2 + h4 * R3;
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : one + 2.0 * (x - e);
  let y: number;
  if (k <= -2 || k > 56) {
    y = one - (e - x);
    y = withHigh(y, high(y) + (k << 20));
    return y - one;
  }
  if (k < 20) {
    t = withHigh(0, 0x3ff00000 - (0x200000 >> k));
    y = t - (e - x);
    y = withHigh(y, high(y) + (k << 20));
  } else {
    t = withHigh(0, (0x3ff - k) << 20);
    y = x - (e + t);
    y += one;
    y = withHigh(y, high(y) + (k << 20));
  }
  return y;
}

// ---- glibc s_log1p.c ----

const TWO54 = 1.80143985094819840000e16;
const LP = [0.0, 6.666666666666735130e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1, 1.818357216161805012e-1, 1.531383769920937332e-1, 1.479819860511658591e-1];

export function log1p(x: number): number {
  const hx = high(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1.0 ? -Infinity : NaN;
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5;
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = high(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = high(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) u = withHigh(u, hu | 0x3ff00000);
    else {
      k += 1;
      u = withHigh(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    return k === 0 ? f - R : k * LN2_HI - (R - (k * LN2_LO + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R1 = z * LP[1]!;
  const z2 = z * z;
  const R2 = LP[2]! + z * LP[3]!;
  const z4 = z2 * z2;
  const R3 = LP[4]! + z * LP[5]!;
  const z6 = z4 * z2;
  const R4 = LP[6]! + z * LP[7]!;
  const R = R1 + z2 * R2 + z4 * R3 + z6 * R4;
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
}

// ---- glibc s_asinh.c, e_acosh.c, e_atanh.c ----

const LN2 = 6.93147180559945286227e-1;

export function asinh(x: number): number {
  const ix = high(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) w = log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
    else {
      const t = xa * xa;
      w = log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
    }
  }
  return x < 0 || Object.is(x, -0) ? -Math.abs(w) : Math.abs(w);
}

export function acosh(x: number): number {
  const hx = high(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) return hx >= 0x7ff00000 ? x + x : log(x) + LN2;
  if (hx === 0x3ff00000 && low(x) === 0) return 0.0;
  if (hx > 0x40000000) {
    const t = x * x;
    return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else if (xa > 1.0 || Number.isNaN(x)) return NaN;
  else return x / 0.0;
  return x < 0 || Object.is(x, -0) ? -t : t;
}

// ---- glibc s_erf.c ----

const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
const PP = [1.28379167095512558561e-1, -3.25042107247001499370e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5];
const QQ = [0.0, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.96022827877536812320e-6];
const PA = [-2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1, 3.54783043256182359371e-2, -2.16637559486879084300e-3];
const QA = [0.0, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2, 1.19844998467991074170e-2];
const RA = [-9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2, -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592e0];
const SA = [0.0, 1.96512716674392571292e1, 1.37657754143519042600e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2, 1.08635005541779435134e2, 6.57024977031928170135e0, -6.04244152148580987438e-2];
const RB = [-9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2, -1.02509513161107724954e3, -4.83519191608651397019e2];
const SB = [0.0, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3, 4.74528541206955367215e2, -2.24409524465858183362e1];

/** x + x·P(x²)/Q(x²) for |x| < 0.84375: returns y = P/Q. */
function erfSmall(x: number): number {
  const z = x * x;
  const r1 = PP[0]! + z * PP[1]!;
  const z2 = z * z;
  const r2 = PP[2]! + z * PP[3]!;
  const z4 = z2 * z2;
  const s1 = 1.0 + z * QQ[1]!;
  const s2 = QQ[2]! + z * QQ[3]!;
  const s3 = QQ[4]! + z * QQ[5]!;
  const r = r1 + z2 * r2 + z4 * PP[4]!;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P/Q for 0.84375 ≤ |x| < 1.25. */
function erfMid(x: number): number {
  const s = Math.abs(x) - 1.0;
  const P1 = PA[0]! + s * PA[1]!;
  const s2 = s * s;
  const Q1 = 1.0 + s * QA[1]!;
  const s4 = s2 * s2;
  const P2 = PA[2]! + s * PA[3]!;
  const s6 = s4 * s2;
  const Q2 = QA[2]! + s * QA[3]!;
  const P3 = PA[4]! + s * PA[5]!;
  const Q3 = QA[4]! + s * QA[5]!;
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6]!;
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6]!;
  return P / Q;
}

/** exp(-x²-0.5625+R/S) for x = |x| ≥ 1.25 (split at 1/0.35 at `limit`), as erf/erfc compute it. */
function erfTail(x: number, ix: number, limit: number): number {
  const s = 1.0 / (x * x);
  let R: number;
  let S: number;
  if (ix < limit) {
    const R1 = RA[0]! + s * RA[1]!;
    const s2 = s * s;
    const S1 = 1.0 + s * SA[1]!;
    const s4 = s2 * s2;
    const R2 = RA[2]! + s * RA[3]!;
    const s6 = s4 * s2;
    const S2 = SA[2]! + s * SA[3]!;
    const s8 = s4 * s4;
    const R3 = RA[4]! + s * RA[5]!;
    const S3 = SA[4]! + s * SA[5]!;
    const R4 = RA[6]! + s * RA[7]!;
    const S4 = SA[6]! + s * SA[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8]!;
  } else {
    const R1 = RB[0]! + s * RB[1]!;
    const s2 = s * s;
    const S1 = 1.0 + s * SB[1]!;
    const s4 = s2 * s2;
    const R2 = RB[2]! + s * RB[3]!;
    const s6 = s4 * s2;
    const S2 = SB[2]! + s * SB[3]!;
    const R3 = RB[4]! + s * RB[5]!;
    const S3 = SB[4]! + s * SB[5]!;
    const S4 = SB[6]! + s * SB[7]!;
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6]!;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = withLow(x, 0);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

export function erf(x: number): number {
  const hx = high(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * EFX * x);
      return x + EFX * x;
    }
    return x + x * erfSmall(x);
  }
  if (ix < 0x3ff40000) return hx >= 0 ? ERX + erfMid(x) : -ERX - erfMid(x);
  if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
  const ax = Math.abs(x);
  const r = erfTail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
}

export function erfc(x: number): number {
  const hx = high(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const y = erfSmall(x);
    if (hx < 0x3fd00000) return 1.0 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = erfMid(x);
    if (hx >= 0) return 1.0 - ERX - pq;
    return 1.0 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300;
    const ax = Math.abs(x);
    const r = erfTail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2.0 - r / ax;
  }
  return hx > 0 ? 0 : 2.0 - 1e-300;
}
