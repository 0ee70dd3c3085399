import { describe, expect, it } from 'vitest';
import { EMPTY_FIFO, type Fifo, type Heap, fifoFromArray, fifoPush, fifoRemove, fifoShift, fifoToArray, heapInsert, heapPop, heapSize } from '../../src/kernel/persistent.js';
import { addProc, addTask } from '../../src/kernel/proc.js';
import { initialState, taskAt } from '../../src/kernel/state.js';
import { arm, liveTimers } from '../../src/kernel/timer.js';
import { blocked } from '../../src/kernel/values.js';

describe('persistent FIFO', () => {
  it('is first in, first out, and old versions stay valid', () => {
    let q: Fifo<number> = EMPTY_FIFO;
    const versions = [q];
    for (let i = 0; i < 5; i++) versions.push((q = fifoPush(q, i)));
    const out: number[] = [];
    let r = fifoShift(q);
    while (r) {
      out.push(r[0]);
      q = fifoPush(r[1], 10 + r[0]);
      if (out.length >= 8) break;
      r = fifoShift(q);
    }
    expect(out).toEqual([0, 1, 2, 3, 4, 10, 11, 12]);
    expect(versions.map(fifoToArray)).toEqual([[], [0], [0, 1], [0, 1, 2], [0, 1, 2, 3], [0, 1, 2, 3, 4]]);
    expect(fifoToArray(fifoRemove(fifoFromArray([1, 2, 3]), 2))).toEqual([1, 3]);
  });
});

describe('persistent heap', () => {
  it('pops in (key, seq) order and never changes an old version', () => {
    const keys = [50, 10, 30, 10, 70, 20, 60, 40, 10];
    let h: Heap | null = null;
    keys.forEach((k, i) => (h = heapInsert(h, k, i, i)));
    const frozen = JSON.stringify(h);
    const order: number[] = [];
    let cur: Heap | null = h;
    while (cur) {
      order.push(cur.v);
      cur = heapPop(cur);
    }
    expect(order).toEqual([1, 3, 8, 5, 2, 7, 0, 6, 4]);
    expect(JSON.stringify(h)).toBe(frozen);
    expect(heapSize(h)).toBe(9);
  });
});

describe('timers', () => {
  it('skip the entries of tasks that no longer wait for them', () => {
    const s = initialState(1, 1, 1000);
    const k = { policy: { enqueue: () => {}, preemptive: false }, rt: [], params: { paceSpread: 0 } } as never;
    const proc = addProc(s, { pid: 5, ppid: 0, name: 'p', image: 'p', origin: 'main', stdio: ['tty', 'tty', 'tty'] });
    for (let i = 0; i < 3; i++) addTask(k, s, proc, {} as never, undefined, 0);
    const sleep = { kind: 'sleep', until: 0 } as const;
    taskAt(s, 0).state = blocked(sleep, 0, arm(s, 0, 30));
    arm(s, 1, 10); // task 1 never blocked on it: stale
    arm(s, 2, 20);
    taskAt(s, 2).state = blocked(sleep, 0, arm(s, 2, 40)); // re-armed: its 20 is stale
    const next = liveTimers(s)!;
    expect([next.v, next.key]).toEqual([0, 30]);
  });
});
