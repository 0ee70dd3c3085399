/**
 * Persistent (immutable) structures for the parts of the state that change at every
 * step and may hold thousands of entries: the timer queue and the ready queues.
 * An update builds a few new nodes and shares the rest, so every past state stays
 * valid at O(log n) cost, where copying an array would cost O(n) per step.
 * Their nodes are value classes (values.ts): JSON-serialisable data that immer keeps
 * by reference; never mutated after creation — assign new versions instead.
 */

// ---- FIFO queue (banker's queue: a front list and a reversed back list) ----
// Nodes are value classes (see values.ts): immer keeps them by reference.

export class Cons<T = number> {
  declare readonly v: T;
  declare readonly next: Cons<T> | null;
  constructor(v: T, next: Cons<T> | null) {
    this.v = v;
    this.next = next;
  }
}

export class Fifo<T = number> {
  declare readonly front: Cons<T> | null;
  declare readonly back: Cons<T> | null;
  declare readonly size: number;
  constructor(front: Cons<T> | null, back: Cons<T> | null, size: number) {
    this.front = front;
    this.back = back;
    this.size = size;
  }
}

export const EMPTY_FIFO: Fifo<never> = new Fifo<never>(null, null, 0);

export function fifoPush<T>(q: Fifo<T>, v: T): Fifo<T> {
  return new Fifo(q.front, new Cons(v, q.back), q.size + 1);
}

/** The first value, and the queue without it; null when empty. */
export function fifoShift<T>(q: Fifo<T>): [T, Fifo<T>] | null {
  let front = q.front;
  let back = q.back;
  if (front === null) {
    if (back === null) return null;
    for (; back !== null; back = back.next) front = new Cons(back.v, front);
  }
  return [front!.v, new Fifo(front!.next, back, q.size - 1)];
}

/** The first value without removing it (undefined when empty). */
export function fifoPeek<T>(q: Fifo<T>): T | undefined {
  if (q.front !== null) return q.front.v;
  let c = q.back;
  while (c !== null && c.next !== null) c = c.next;
  return c?.v;
}

/** Values in queue order. */
export function fifoToArray<T>(q: Fifo<T>): T[] {
  const out: T[] = [];
  for (let c = q.front; c !== null; c = c.next) out.push(c.v);
  const tail: T[] = [];
  for (let c = q.back; c !== null; c = c.next) tail.push(c.v);
  for (let i = tail.length - 1; i >= 0; i--) out.push(tail[i]!);
  return out;
}

export function fifoFromArray<T>(values: readonly T[]): Fifo<T> {
  let front: Cons<T> | null = null;
  for (let i = values.length - 1; i >= 0; i--) front = new Cons(values[i]!, front);
  return new Fifo(front, null, values.length);
}

/**
 * The first value (in queue order) that satisfies `pred`, and the queue without it; null
 * when none does. Walks the front list without allocating and copies only the cells
 * before the one it takes, so a queue whose head must wait stays cheap to pick from.
 */
export function fifoTake<T>(q: Fifo<T>, pred: (v: T) => boolean): [T, Fifo<T>] | null {
  for (let c = q.front; c !== null; c = c.next) {
    if (!pred(c.v)) continue;
    const before: T[] = [];
    for (let d = q.front!; d !== c; d = d.next!) before.push(d.v);
    let front = c.next;
    for (let j = before.length - 1; j >= 0; j--) front = new Cons(before[j]!, front);
    return [c.v, new Fifo(front, q.back, q.size - 1)];
  }
  // The back list holds the newest first: the oldest match is the last one in it.
  const back: T[] = [];
  for (let c = q.back; c !== null; c = c.next) back.push(c.v);
  for (let j = back.length - 1; j >= 0; j--) {
    if (!pred(back[j]!)) continue;
    let rest: Cons<T> | null = null;
    for (let i = back.length - 1; i >= 0; i--) if (i !== j) rest = new Cons(back[i]!, rest);
    return [back[j]!, new Fifo(q.front, rest, q.size - 1)];
  }
  return null;
}

/** The queue without the first occurrence of `v` (O(n); for the rare removal from the middle). */
export function fifoRemove<T>(q: Fifo<T>, v: T): Fifo<T> {
  const values = fifoToArray(q);
  const i = values.indexOf(v);
  if (i < 0) return q;
  values.splice(i, 1);
  return fifoFromArray(values);
}

// ---- min-heap (leftist heap, ordered by key then seq) ----

export class Heap {
  declare readonly key: number;
  declare readonly seq: number;
  declare readonly v: number;
  declare readonly rank: number;
  declare readonly l: Heap | null;
  declare readonly r: Heap | null;
  constructor(key: number, seq: number, v: number, rank: number, l: Heap | null, r: Heap | null) {
    this.key = key;
    this.seq = seq;
    this.v = v;
    this.rank = rank;
    this.l = l;
    this.r = r;
  }
}

const less = (a: Heap, b: Heap): boolean => a.key < b.key || (a.key === b.key && a.seq < b.seq);
/** Merges two heaps along their right spines (O(log n) new nodes; no other allocation). */
export function heapMerge(a: Heap | null, b: Heap | null): Heap | null {
  if (a === null) return b;
  if (b === null) return a;
  if (less(b, a)) {
    const t = a;
    a = b;
    b = t;
  }
  const merged = heapMerge(a.r, b)!;
  const left = a.l === null ? 0 : a.l.rank;
  // Leftist: the child of higher rank goes left; the node's rank is its right child's plus one.
  return left >= merged.rank
    ? new Heap(a.key, a.seq, a.v, merged.rank + 1, a.l, merged)
    : new Heap(a.key, a.seq, a.v, left + 1, merged, a.l);
}

export function heapInsert(h: Heap | null, key: number, seq: number, v: number): Heap {
  return heapMerge(h, new Heap(key, seq, v, 1, null, null))!;
}

export function heapPop(h: Heap): Heap | null {
  return heapMerge(h.l, h.r);
}

/** Every entry, in no particular order. */
export function heapValues(h: Heap | null, out: number[] = []): number[] {
  if (h === null) return out;
  out.push(h.v);
  heapValues(h.l, out);
  return heapValues(h.r, out);
}

export function heapSize(h: Heap | null): number {
  return h === null ? 0 : 1 + heapSize(h.l) + heapSize(h.r);
}
