/**
 * Collecting garbage while a run is recorded, when the heap has grown well past what the
 * session keeps. Recording makes short-lived objects by the million; left alone, V8 lets
 * the heap grow to about twice what the session keeps (the 1,000-process run of
 * bench/session.mjs: about 310 MB resident at the end of recording, 246 MB with these
 * collections, for 12 s of CPU instead of 9.5).
 *
 * `node --expose-gc` gives `gc`; otherwise the flag is set at run time and the function
 * read from a new context (as jest's leak detector does). Where neither works, nothing
 * is collected by hand (V8 still collects as it would).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A full collection (an options argument, `{ type: 'minor' }`, is not honoured by Node 20's V8). */
type Gc = () => void;

let gcFn: Gc | null | undefined;

function gc(): Gc | null {
  if (gcFn !== undefined) return gcFn;
  const exposed = (globalThis as { gc?: Gc }).gc;
  if (typeof exposed === 'function') return (gcFn = exposed);
  try {
    setFlagsFromString('--expose-gc');
    const f: unknown = runInNewContext('gc');
    gcFn = typeof f === 'function' ? (f as Gc) : null;
  } catch {
    gcFn = null;
  }
  return gcFn;
}

/** Bytes the heap may grow past what the last full collection kept before the next (plus a quarter of what it kept). */
const SLACK = 16 * 1024 * 1024;

/** The heap's size in use and a full collection (null where none can be had): V8's, unless a test gives its own. */
export interface HeapAccess {
  used(): number;
  collect: Gc | null;
}

const v8Heap = (): HeapAccess => ({ used: () => getHeapStatistics().used_heap_size, collect: gc() });

/** Full collections while a run is recorded, when the heap has grown well past what the last one kept. */
export class RecordingHeap {
  private readonly heap: HeapAccess;
  private kept: number;

  constructor(heap: HeapAccess = v8Heap()) {
    this.heap = heap;
    this.kept = heap.used();
  }

  /** Called between slices of recording: collects when the heap has grown past 1.25 × kept + SLACK. */
  slice(): void {
    const { used, collect } = this.heap;
    if (collect === null || used() < this.kept * 1.25 + SLACK) return;
    collect();
    this.kept = used();
  }
}
