/**
 * The candidates a strategy may pick: those whose call would not wait (all of them when
 * every one would: the run heads for a deadlock), and, once a run has used up its
 * preemption bound, only the task that ran last while it can go on.
 */
import type { Execution } from '../execution.js';

export function boundedChoices(n: number, who: Int32Array, waits: Uint8Array, x: Execution, bound: number | null): number[] {
  const ok: number[] = [];
  for (let i = 0; i < n; i++) if (waits[i] === 0) ok.push(i);
  if (ok.length === 0) return [0];
  if (bound !== null && x.preemptions >= bound) {
    const last = x.last;
    const stay = ok.find((i) => who[i] === last);
    if (stay !== undefined) return [stay];
  }
  return ok;
}

/** Whether picking candidate c is a preemption: the last task could have gone on. */
export function isPreemption(c: number, n: number, who: Int32Array, waits: Uint8Array, last: number): boolean {
  if (who[c] === last) return false;
  for (let i = 0; i < n; i++) if (who[i] === last && waits[i] === 0) return true;
  return false;
}
