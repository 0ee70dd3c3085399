/**
 * Loading and decoding of the CPython-generated vectors in ./vectors.
 * The encoding is documented in gen/common.py.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PyLibError } from '../../../src/python/lib/errors.js';

const here = dirname(fileURLToPath(import.meta.url));

export function loadVectors<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(join(here, 'vectors', name + '.json'), 'utf8')) as T;
}

/** Double from its big-endian IEEE bit pattern in hex. */
export function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + hex));
  return dv.getFloat64(0);
}

/** Hex bit pattern of a double (NaN payloads kept). */
export function toBits(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Python int (decimal string) in the VM's representation. */
export function pyInt(s: string): number | bigint {
  const b = BigInt(s);
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

export type Enc =
  | { b: boolean }
  | { i: string }
  | { f: string }
  | { s: string }
  | { l: Enc[] }
  | null;

export function dec(e: Enc): unknown {
  if (e === null) return null;
  if ('b' in e) return e.b;
  if ('i' in e) return pyInt(e.i);
  if ('f' in e) return fromBits(e.f);
  if ('s' in e) return e.s;
  return e.l.map(dec);
}

export type Outcome = { ok: Enc } | { err: [string, string] };

/** Run fn and describe its outcome in the same shape as the vectors. */
export function run(fn: () => unknown): { ok: unknown } | { err: [string, string] } {
  try {
    return { ok: fn() };
  } catch (e) {
    if (e instanceof PyLibError) return { err: [e.pyType, e.message] };
    throw e;
  }
}

/** Expected outcome decoded; floats compared by bits via `normForCompare`. */
export function expected(o: Outcome): { ok: unknown } | { err: [string, string] } {
  return 'ok' in o ? { ok: normForCompare(dec(o.ok)) } : o;
}

/** Make floats comparable by exact bits (NaN, -0.0) and ints canonical. */
export function normForCompare(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) && !Object.is(v, -0) ? v : { float: toBits(v) };
  if (Array.isArray(v)) return v.map(normForCompare);
  return v;
}

/**
 * Compare a JS result with a tagged expected value: ints must be canonical
 * (number when safe, bigint otherwise) and equal; floats equal bit for bit.
 * Returns '' when they match, else a description.
 */
export function mismatch(exp: Enc, got: unknown): string {
  if (exp === null) return got === null || got === undefined ? '' : `want None got ${String(got)}`;
  if ('b' in exp) return got === exp.b ? '' : `want ${exp.b} got ${String(got)}`;
  if ('s' in exp) return got === exp.s ? '' : `want ${JSON.stringify(exp.s)} got ${JSON.stringify(got)}`;
  if ('i' in exp) {
    const want = pyInt(exp.i);
    if (typeof got !== typeof want) return `want int ${exp.i} (${typeof want}) got ${typeof got} ${String(got)}`;
    return got === want && !Object.is(got, -0) ? '' : `want ${exp.i} got ${String(got)}`;
  }
  if ('f' in exp) {
    if (typeof got !== 'number') return `want float got ${typeof got} ${String(got)}`;
    return toBits(got) === exp.f || (Number.isNaN(got) && Number.isNaN(fromBits(exp.f)))
      ? ''
      : `want float ${fromBits(exp.f)} got ${got}`;
  }
  if (!Array.isArray(got) || got.length !== exp.l.length) return `want list of ${exp.l.length} got ${String(got)}`;
  for (let i = 0; i < exp.l.length; i++) {
    const m = mismatch(exp.l[i]!, got[i]);
    if (m) return `[${i}]: ${m}`;
  }
  return '';
}

/** Compare an outcome (result or PyLibError) with the expected outcome. */
export function outcomeMismatch(exp: Outcome, fn: () => unknown): string {
  let got: unknown;
  try {
    got = fn();
  } catch (e) {
    if (!(e instanceof PyLibError)) throw e;
    if ('ok' in exp) return `unexpected ${e.pyType}: ${e.message}`;
    return e.pyType === exp.err[0] && e.message === exp.err[1]
      ? ''
      : `want ${exp.err[0]}: ${exp.err[1]} got ${e.pyType}: ${e.message}`;
  }
  if ('err' in exp) return `want ${exp.err[0]}: ${exp.err[1]} got ${String(got)}`;
  return mismatch(exp.ok, got);
}
