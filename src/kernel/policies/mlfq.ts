/**
 * Multi-level feedback queue, after OSTEP chapter 8:
 * - Rule 1/2: a higher queue always runs first; within a queue, round robin.
 * - Rule 3: a new task enters the top queue (0).
 * - Rule 4: once a task has used its allotment at a level (whether or not it gave up
 *   the CPU in between), it moves down one level.
 * - Rule 5: every `boost` ns all tasks move back to the top queue.
 * Levels: 3; the quantum at level i is quantum * 2^i; the allotment is 2 quanta of
 * that level; boost period 1 s. Preemptive by level. Ties: arrival order.
 */
import type { Ctx } from '../ctx.js';
import { EMPTY_FIFO, fifoFromArray } from '../persistent.js';
import { allTasks } from '../state.js';
import type { KernelState, Task } from '../types.js';
import { S } from '../time.js';
import type { Policy } from './policy.js';
import { pushLevel, readyTids, removeFromLevels, runq, setRunq, shiftFirst } from './policy.js';

export const MLFQ_LEVELS = 3;
export const MLFQ_BOOST = 1 * S;

const quantumAt = (k: Ctx, level: number): number => k.quantum * 2 ** level;

/** Rule 5, applied lazily when the policy next picks. */
function boostIfDue(s: KernelState): void {
  const rq = runq(s);
  if (s.clock - rq.boostedAt < MLFQ_BOOST) return;
  const ready = readyTids(s); // level 0 first, each level in arrival order
  setRunq(s, { ...rq, boostedAt: s.clock, levels: [fifoFromArray(ready), ...rq.levels.slice(1).map(() => EMPTY_FIFO)] });
  for (const task of allTasks(s)) {
    if (task.level !== 0 || task.allot !== 0) {
      task.level = 0;
      task.allot = 0;
    }
  }
}

export const mlfq: Policy = {
  name: 'mlfq',
  help: `multi-level feedback queue (OSTEP): ${MLFQ_LEVELS} levels, new tasks start at the top; quantum at level i is --quantum * 2^i; after using 2 quanta of its level a task moves down; every 1s all tasks go back to the top; a task at a higher level preempts. Ties: arrival order.`,
  levels: MLFQ_LEVELS,
  preemptive: true,
  enqueue: (_k, s, task: Task) => pushLevel(s, task.level, task),
  pick: (_k, s, eligible) => {
    boostIfDue(s);
    return shiftFirst(s, eligible);
  },
  slice: (k, _s, task) => quantumAt(k, task.level) - (task.allot % quantumAt(k, task.level)),
  charge: (k, _s, task, ran) => {
    task.allot += ran;
    if (task.allot >= 2 * quantumAt(k, task.level) && task.level < MLFQ_LEVELS - 1) {
      task.level++;
      task.allot = 0;
    }
  },
  beats: (_s, woken, running) => woken.level < running.level,
  remove: removeFromLevels,
};
