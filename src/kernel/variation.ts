/**
 * Seeded variation of timing: what makes two runs of a racy program differ, as two runs
 * on a real machine do. A real process does not run at the cost model's exact speed: its
 * caches, the CPU's frequency and the other processes make one process a little faster
 * or slower than another, one start-up shorter than another, and a woken process reaches
 * a CPU some microseconds after its wake-up. Without this, every seed gave the same
 * output for most racy programs, where CPython gives several.
 *
 * Each variation is a Chooser decision (so a schedule replays it, and an explorer may pick
 * it), taken in `jitterSteps` steps, option 0 being the cost model's nominal value (so a
 * schedule's prefix, and a strategy that always picks 0, run at the nominal costs):
 *   pace     once per new task but the main program's (boot makes no decisions): its
 *            instructions and syscalls cost 100 ± paceSpread %
 *   start    once per new interpreter (fork child, spawn, exec): its start-up costs 100 ± startSpread %
 *   latency  at every wake-up by another task (an object, a child's exit, I/O): 0 to wakeLatency
 *            before it continues (timers have their own jitter, see sched.ts)
 * Free mode has none of them: every order of events is already possible there.
 */
import type { Ctx } from './ctx.js';
import type { Ns, Tid } from './types.js';

/**
 * Option i of `steps` as a signed fraction of the spread: 0, -1/h, +1/h, -2/h, +2/h, …
 * (h = floor(steps / 2)), nominal first and then ever further from it on both sides.
 */
export function spreadOf(i: number, steps: number): number {
  if (i === 0) return 0;
  const h = Math.max(1, Math.floor(steps / 2));
  const m = Math.ceil(i / 2);
  return (i % 2 === 1 ? -m : m) / h;
}

/** A percentage around 100 for option i (a spread of s percent: 100 - s to 100 + s). */
const percentOf = (i: number, steps: number, spread: number): number => Math.round(100 + spread * spreadOf(i, steps));

function decide(k: Ctx, kind: 'pace' | 'start' | 'latency', tid: Tid): number {
  const steps = k.params.jitterSteps;
  if (steps < 2 || k.mode === 'free') return 0;
  return k.chooser.choose(kind, steps, k.candidates.all(steps, tid));
}

/** The speed of new task `tid`, in percent of the cost model's time per instruction and syscall. */
export function paceOf(k: Ctx, tid: Tid): number {
  if (k.params.paceSpread <= 0) return 100;
  return percentOf(decide(k, 'pace', tid), k.params.jitterSteps, k.params.paceSpread);
}

/** What new interpreter `tid`'s start-up costs, the nominal being `base`. */
export function startCost(k: Ctx, tid: Tid, base: Ns): Ns {
  if (base <= 0 || k.params.startSpread <= 0) return base;
  return Math.round((base * percentOf(decide(k, 'start', tid), k.params.jitterSteps, k.params.startSpread)) / 100);
}

/** How long woken task `tid` takes to continue after its wake-up. */
export function wakeLatency(k: Ctx, tid: Tid): Ns {
  const max = k.params.wakeLatency;
  if (max <= 0) return 0;
  const steps = k.params.jitterSteps;
  return Math.round((decide(k, 'latency', tid) * max) / steps);
}

/** `ns` of nominal CPU time at `pace` percent. */
export const paced = (ns: Ns, pace: number): Ns => (pace === 100 ? ns : Math.round((ns * pace) / 100));
