/**
 * The VM's representation of Python `int`: a JS `number` while the value is a
 * safe integer, a `bigint` beyond. Every helper that returns an int goes
 * through `normInt`, so the VM never sees a small bigint (which would make
 * `===` comparisons and fast paths fail silently).
 */
export type PyInt = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** Canonical form of an int result: number when safe, bigint otherwise. */
export function normInt(v: bigint): PyInt {
  return v >= MIN_SAFE && v <= MAX_SAFE ? Number(v) : v;
}

/** Widen an int to bigint for exact arithmetic. */
export function toBig(v: PyInt): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** True when a number result of int arithmetic lost no precision. */
export function isSafe(n: number): boolean {
  return n <= Number.MAX_SAFE_INTEGER && n >= -Number.MAX_SAFE_INTEGER;
}

/** Canonicalise a result that may be either form (e.g. a user-supplied bigint). */
export function canonInt(v: PyInt): PyInt {
  return typeof v === 'bigint' ? normInt(v) : v;
}

/** Sign of an int: -1, 0 or 1. */
export function intSign(v: PyInt): number {
  if (typeof v === 'number') return v > 0 ? 1 : v < 0 ? -1 : 0;
  return v > 0n ? 1 : v < 0n ? -1 : 0;
}
