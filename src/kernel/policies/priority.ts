/**
 * Static priority by nice value (-20 highest .. 19 lowest), preemptive: a task that
 * becomes ready with a lower nice than a running task takes its CPU at once. Equal
 * nice values share round robin with the quantum. Ties: arrival order.
 */
import type { Task } from '../types.js';
import type { Policy } from './policy.js';
import { pushLevel, removeFromLevels, shiftFirst } from './policy.js';

const level = (t: Task): number => Math.max(0, Math.min(39, t.nice + 20));

export const priority: Policy = {
  name: 'priority',
  help: 'static priority by nice (-20 highest .. 19 lowest), preemptive: a ready task with a lower nice takes the CPU of a running one at once; equal nice values share round robin with --quantum. Ties: arrival order.',
  levels: 40,
  preemptive: true,
  enqueue: (_k, s, task) => pushLevel(s, level(task), task),
  pick: (_k, s, eligible) => shiftFirst(s, eligible),
  slice: (k) => k.quantum,
  charge: () => {},
  beats: (_s, woken, running) => woken.nice < running.nice,
  remove: removeFromLevels,
};
