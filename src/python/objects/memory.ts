/**
 * The running process's memory limits (like RLIMIT_AS under CPython: an allocation
 * past them raises MemoryError in the guest, which the program may catch): its own
 * (params.maxMemory) and what the machine has left (params.machineMemory less what the
 * other processes hold).
 *
 * What a process holds is counted by walking its heap (vm/heapsize.ts), in CPython's
 * sizes (sys.getsizeof on 64-bit 3.11): `live` is the last count. A count is taken
 * when the process may have grown past a limit since the last one — estimated from the
 * instructions it ran (vm/space.ts) and the large objects it made — and when an
 * allocation would not fit beside `live`. Sized allocations are checked before the host
 * makes them (a str, bytes, a list or dict growing, an int's digits): `need` for any,
 * `grow` for those that cost real work to make, which also count towards the estimate.
 *
 * A process runs one at a time, synchronously: `PySpace.run` loads this state from the
 * process it runs, stores it back, and reports a refusal to the kernel (the trace's
 * `limit` event, the end report).
 */
import { E, exc } from './exceptions.js';

export const memory = {
  /** The limit of the process now running, in bytes (params.maxMemory). */
  limit: 64 * 1024 * 1024,
  /** Bytes it may hold before the machine's memory is full (kernel: AddressSpace.run's `room`). */
  room: Number.MAX_SAFE_INTEGER,
  /** Bytes it held at the last count. */
  live: 0,
  /** Bytes it may have allocated since (an estimate; garbage included). */
  since: 0,
  /** What it held when it last got MemoryError (0: under its limits since): it gets another only once it has grown past that. */
  raised: 0,
  /** Counts what the running process holds now (vm/heapsize.ts); null outside a run. */
  count: null as (() => number) | null,
  /** Bytes of the allocation last refused during this run (0: none), and which limit refused it. */
  refused: 0,
  refusedBy: 'maxMemory' as 'maxMemory' | 'machineMemory',
};

/** The most the running process may hold: the smaller of its limit and the machine's room. */
export const cap = (): number => Math.min(memory.limit, memory.room);

/** Objects at least this large are checked and count towards the estimate when made (smaller ones are in the per-instruction estimate). */
const LARGE = 64 * 1024;

/** Raises the guest's MemoryError for an allocation of `bytes` beside what the process holds. Does not return. */
export function refuse(bytes: number): never {
  return refuseTotal(bytes, memory.live + bytes);
}

/** Raises MemoryError for an allocation of `bytes` that would make the process hold `total`. */
function refuseTotal(bytes: number, total: number): never {
  memory.refused = Math.max(1, Math.min(bytes, Number.MAX_SAFE_INTEGER));
  memory.refusedBy = total > memory.limit ? 'maxMemory' : 'machineMemory';
  recount();
  memory.raised = memory.live;
  throw exc(E.MemoryError!);
}

/**
 * Whether a count that found the process over a limit raises MemoryError: not while it
 * holds about what it held at its last one (it is unwinding from it, or caught it and
 * holds on), only once it has grown by an eighth since.
 */
export function raisesAgain(): boolean {
  return memory.raised === 0 || memory.live >= memory.raised + memory.raised / 8;
}

/** Counts the process's heap now (the estimate starts again from it). */
export function recount(): void {
  if (memory.count === null) return;
  memory.live = memory.count();
  memory.since = 0;
}

/**
 * Checks that an object of `bytes` fits beside what the process holds. When it seems
 * not to, the heap is counted again first (what was garbage at the last count is gone)
 * — unless little can have changed since (the count costs time in proportion to the
 * heap, and a program near its limit would count at every allocation). Objects smaller
 * than LARGE are left to the per-instruction estimate.
 */
export function need(bytes: number): void {
  if (bytes < LARGE || memory.live + bytes <= cap()) return;
  if (memory.since >= memory.live / 16 || bytes >= memory.live / 16) recount();
  if (memory.live + bytes > cap()) refuse(bytes);
}

/**
 * Checks that an object that grows in place (a list extended, a dict or set resized) may
 * reach `total` bytes: alone, since what it held is in `live` already.
 */
export function fits(total: number): void {
  if (total > cap()) refuseTotal(total, total);
}


/**
 * `need`, for an object whose making copies `bytes` (a repetition, a join, bytes(n)):
 * it also counts towards what the process may hold by the next count.
 */
export function grow(bytes: number): void {
  need(bytes);
  if (bytes < LARGE) return;
  memory.since += bytes;
  if (memory.live + memory.since > cap()) recount();
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
  if (bits > MAX_INT_BITS) refuseTotal(intSize(bits), Number.POSITIVE_INFINITY);
  need(intSize(bits));
}

/**
 * About what `v` holds by itself, one level deep (a str's characters, a container's
 * slots), in CPython's sizes; what it shares with others is not known here.
 */
function shallowSize(v: unknown): number {
  if (typeof v === 'string') return strSize(v.length);
  if (typeof v === 'bigint') return 32 + (v > BIG_ITEM || v < -BIG_ITEM ? 1024 : 0);
  if (v === null || typeof v !== 'object') return 32;
  const o = v as { items?: unknown; map?: unknown; data?: unknown };
  if (Array.isArray(o.items)) return listSize(0) + 8 * o.items.length;
  if (o.map instanceof Map) return dictSize(o.map.size);
  if (o.data instanceof Uint8Array) return bytesSize(o.data.length);
  return 56;
}
const BIG_ITEM = 1n << 8192n;

/** Items sampled to estimate what a growing container's items hold. */
const SAMPLE = 64;

/**
 * What `n` items like `sample`'s hold: a value seen once in the sample stands for
 * n / sample.length items like it; one seen more than once is taken as one object
 * held many times (a list of one big str appended over and over holds it once).
 */
function itemsSize(sample: readonly unknown[], n: number): number {
  if (sample.length === 0) return 0;
  const times = new Map<unknown, number>();
  for (const v of sample) times.set(v, (times.get(v) ?? 0) + 1);
  let total = 0;
  for (const [v, k] of times) total += k === 1 ? (shallowSize(v) * n) / sample.length : shallowSize(v);
  return total;
}

/**
 * A list grew to `n` items one at a time (checked every GROWTH_MASK + 1 items): its
 * slots and what its items hold, estimated from a sample of them (a list of 1 KiB
 * strings is 1 KiB an item, not 8 bytes).
 */
export function listGrew(items: readonly unknown[], n = items.length): void {
  const sample: unknown[] = [];
  const step = Math.max(1, Math.floor(items.length / SAMPLE));
  for (let i = 0; i < items.length && sample.length < SAMPLE; i += step) sample.push(items[i]);
  fits(56 + 8 * n + Math.max(32 * n, itemsSize(sample, n)));
}

/** A dict grew to `n` entries (checked every GROWTH_MASK + 1): its table, and its values estimated from the first ones. */
export function dictGrew(entries: Iterable<{ value: unknown }>, n: number): void {
  const sample: unknown[] = [];
  for (const e of entries) {
    sample.push(e.value);
    if (sample.length === SAMPLE) break;
  }
  fits(dictSize(n) + itemsSize(sample, n));
}

/**
 * The host ran out of room for guest data (V8's limits on a string, an array, a Map,
 * a BigInt, an ArrayBuffer): the guest's MemoryError, as CPython's when malloc fails.
 */
export function hostAllocationFailure(e: unknown): boolean {
  return e instanceof RangeError && /Invalid (string|array|typed array) length|maximum (BigInt )?size exceeded|Array buffer allocation failed|Map maximum size|Set maximum size/i.test(e.message);
}
