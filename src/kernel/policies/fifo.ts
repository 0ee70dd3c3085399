/**
 * FIFO (first come, first served): one queue in arrival order; a task runs until it
 * blocks or exits, never preempted. Ties: arrival order (a woken task joins the back).
 */
import type { Policy } from './policy.js';
import { pushLevel, removeFromLevels, shiftFirst } from './policy.js';

export const fifo: Policy = {
  name: 'fifo',
  help: 'one queue in arrival order; a task runs until it blocks or exits (no time slice, no preemption). Ties: arrival order.',
  levels: 1,
  preemptive: false,
  enqueue: (_k, s, task) => pushLevel(s, 0, task),
  pick: (_k, s, eligible) => shiftFirst(s, eligible),
  slice: () => Infinity,
  charge: () => {},
  beats: () => false,
  remove: removeFromLevels,
};
