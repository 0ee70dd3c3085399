/**
 * Round robin: one queue; each task runs for at most one quantum, then goes to the back.
 * A woken task joins the back too (no preemption). Ties: arrival order.
 */
import type { Policy } from './policy.js';
import { pushLevel, removeFromLevels, shiftFirst } from './policy.js';

export const rr: Policy = {
  name: 'rr',
  help: 'one queue; a task runs at most one quantum (--quantum), then goes to the back; woken tasks join the back (no preemption). Ties: arrival order.',
  levels: 1,
  preemptive: false,
  enqueue: (_k, s, task) => pushLevel(s, 0, task),
  pick: (_k, s, eligible) => shiftFirst(s, eligible),
  slice: (k) => k.quantum,
  charge: () => {},
  beats: () => false,
  remove: removeFromLevels,
};
