/** Collections while a run is recorded (src/tui/heap.ts): only once the heap has grown well past what the last one kept. */
import { describe, expect, it } from 'vitest';
import { RecordingHeap } from '../../src/tui/heap.js';

const MB = 1024 * 1024;

/** A heap whose size the test sets; a collection brings it down to what is live. */
function fakeHeap(start: number) {
  const state = { used: start, live: start, collections: 0 };
  const access = {
    used: () => state.used,
    collect: () => {
      state.collections++;
      state.used = state.live;
    },
  };
  return { state, access };
}

describe('RecordingHeap', () => {
  it('collects once the heap has grown past 1.25 × what the last collection kept + 16 MB, and not before', () => {
    const { state, access } = fakeHeap(100 * MB);
    const heap = new RecordingHeap(access);
    state.used = 100 * MB * 1.25 + 16 * MB - 1;
    heap.slice();
    expect(state.collections).toBe(0);
    state.live = 120 * MB;
    state.used = 100 * MB * 1.25 + 16 * MB;
    heap.slice();
    expect(state.collections).toBe(1);
    expect(state.used).toBe(120 * MB);
    // What it kept is the baseline now: 1.25 × 120 MB + 16 MB = 166 MB.
    state.used = 160 * MB;
    heap.slice();
    expect(state.collections).toBe(1);
    state.used = 166 * MB;
    heap.slice();
    expect(state.collections).toBe(2);
  });

  it('does nothing where no collection can be had', () => {
    let reads = 0;
    const heap = new RecordingHeap({ used: () => (reads++, 1e12), collect: null });
    heap.slice();
    expect(reads).toBe(1);
  });
});
