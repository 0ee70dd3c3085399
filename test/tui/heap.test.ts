/** Collections while a run is recorded (src/tui/heap.ts): only once the heap has grown well past what the last one kept. */
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { RecordingHeap } from '../../src/tui/heap.js';

const MB = 1024 * 1024;
const used = (): number => getHeapStatistics().used_heap_size;

describe('RecordingHeap', () => {
  it('collects the garbage of a slice once the heap has grown past 1.25 × what it kept + 16 MB, and not before', () => {
    const heap = new RecordingHeap();
    heap.slice();
    // Garbage that no collection has seen yet: 64 MB of doubles in one array (on the heap, outside the young generation).
    let garbage: number[] | null = new Array<number>((64 * MB) / 8).fill(0.5);
    const before = used();
    garbage = null;
    heap.slice();
    expect(garbage).toBeNull();
    expect(before - used()).toBeGreaterThan(48 * MB);
    // Nothing new since: nothing to collect, and it does not try (what it kept is the baseline now).
    const small = new Array(1000).fill(0).map((_, i) => ({ i }));
    const after = used();
    heap.slice();
    expect(used()).toBeGreaterThanOrEqual(after - MB);
    expect(small).toHaveLength(1000);
  });
});
