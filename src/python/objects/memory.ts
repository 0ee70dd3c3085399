/**
 * The running process's memory limit (like RLIMIT_AS under CPython: an allocation
 * past it raises MemoryError in the guest, which the program may catch).
 *
 * Accounting every object would slow the hot paths, so the limit is checked where
 * memory grows fast: the size an object would reach (a str, bytes, a list or dict
 * growing, an int's digits) is compared with the limit, in CPython's sizes
 * (sys.getsizeof on 64-bit 3.11), before the host allocates it. A process runs one
 * at a time, synchronously: `PySpace.run` sets the limit of the process it runs and
 * reports a refusal to the kernel (the trace's `limit` event, the end report).
 */
import { E, exc } from './exceptions.js';

export const memory = {
  /** The limit of the process now running, in bytes (params.maxMemory). */
  limit: 256 * 1024 * 1024,
  /** Bytes of the allocation last refused during this run (0: none). */
  refused: 0,
};

/** Raises the guest's MemoryError for an allocation of `bytes`. Does not return. */
export function refuse(bytes: number): never {
  memory.refused = Math.max(1, Math.min(bytes, Number.MAX_SAFE_INTEGER));
  throw exc(E.MemoryError!);
}

/** Checks that one object of `bytes` fits in the process's memory. */
export function need(bytes: number): void {
  if (bytes > memory.limit) refuse(bytes);
}

/**
 * CPython's sizes (64-bit): a str of `n` ASCII characters, bytes, a list of `n` items (its
 * slot and a typical item: an int object), a dict of `n` entries with their keys and
 * values, an int of `bits`.
 */
export const strSize = (n: number): number => 49 + n;
export const bytesSize = (n: number): number => 33 + n;
export const listSize = (n: number): number => 56 + 40 * n;
export const dictSize = (n: number): number => 64 + 100 * n;
/** A set whose table has `slots` slots (16 bytes each) holding about half as many keys (an int object each). */
export const setSize = (slots: number): number => 200 + 16 * slots + 16 * slots;
export const intSize = (bits: number): number => 24 + 4 * Math.ceil(bits / 30);

/** Checks a list or dict every this many elements as it grows one at a time (a power of two minus one: a mask). */
export const GROWTH_MASK = 0xffff;

/**
 * The most bits an int may have, whatever the limit: the host multiplies ints of
 * 2^26 bits (8 MiB) in about a second and grows slower than linearly past that, so a
 * squaring loop would take minutes of the host's time before memory ran out.
 */
export const MAX_INT_BITS = 1 << 26;

/** Checks that an int of `bits` fits (in the process's memory, and under MAX_INT_BITS). */
export function needInt(bits: number): void {
  if (bits > MAX_INT_BITS) refuse(intSize(bits));
  need(intSize(bits));
}

/** A list grew to `n` items one at a time (checked every GROWTH_MASK + 1 items). */
export function listGrew(n: number): void {
  need(listSize(n));
}

/**
 * The host ran out of room for guest data (V8's limits on a string, an array, a Map,
 * a BigInt, an ArrayBuffer): the guest's MemoryError, as CPython's when malloc fails.
 */
export function hostAllocationFailure(e: unknown): boolean {
  return e instanceof RangeError && /Invalid (string|array|typed array) length|maximum (BigInt )?size exceeded|Array buffer allocation failed|Map maximum size|Set maximum size/i.test(e.message);
}
