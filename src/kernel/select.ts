/**
 * Choosing the next event: a CPU's task reaching its syscall (or its slice's end, or a
 * chunk's end), or a timer. Reads the state only; the Chooser picks among candidates.
 *
 * Timed mode follows the cost model: the earliest event happens, unless others fall
 * within the race window of it (then they are candidates, CPUs in id order, then the
 * earliest timer). Free mode explores orders the cost model alone would not give:
 * every pending CPU event and every live timer is a candidate, sorted by (time, cpu;
 * timers after CPUs at equal times, in arming order), so option 0 is what the cost
 * model would do and a schedule that runs out falls back to it. A free-mode choice of
 * a later event over an earlier one is marked in the trace (`reorder`).
 */
import type { Ctx } from './ctx.js';
import type { Heap } from './persistent.js';
import { isAlarm, live, liveTimers } from './timer.js';
import type { KernelState, Ns, Pid, Tid } from './types.js';
import { procOfTask, taskAt } from './state.js';

/**
 * What the next step does, decided from the committed state before any drafting. A
 * free-mode choice of a later event over the earliest one names, for the trace, the task
 * whose event was due first (`first`, -1 when the chosen event was) and how much earlier
 * (`early`): plain fields, as a step that is not traced builds nothing for it.
 */
export type Next =
  | { kind: 'cpu'; cpu: number; at: Ns; timers: Heap | null | undefined; first: Tid; early: Ns }
  | { kind: 'timer'; tid: Tid; at: Ns; pop: boolean; alarm: boolean; timers: Heap | null | undefined; first: Tid; early: Ns }
  | { kind: 'finish'; timers: Heap | null | undefined }
  | { kind: 'budget'; what: 'time' | 'steps'; timers: Heap | null | undefined };

/**
 * Timed mode: the earliest CPU event or live timer; events within the race window of
 * the earliest are candidates. `timers` is the timer heap with stale entries dropped
 * from its top, when that differs from the state's (undefined: unchanged).
 */
export function select(k: Ctx, s: KernelState): Next {
  const live = liveTimers(s);
  const timers = live === s.timers ? undefined : live;
  let t = Infinity;
  for (const cpu of s.cpus) if (cpu.task >= 0 && cpu.at < t) t = cpu.at;
  const timerAt = live !== null ? live.key : Infinity;
  if (timerAt < t) t = timerAt;
  if (t === Infinity) return { kind: 'finish', timers };
  if (t > k.maxTime) return { kind: 'budget', what: 'time', timers };
  const limit = t + k.params.raceWindow;
  let n = 0;
  const who = k.candidates.room(s.cpus.length + 1);
  for (const cpu of s.cpus) if (cpu.task >= 0 && cpu.at <= limit) who[n++] = cpu.task;
  if (timerAt <= limit) who[n++] = live!.v;
  let pick = n > 1 ? k.chooser.choose('tie', n, who) : 0;
  for (const cpu of s.cpus) {
    if (cpu.task < 0 || cpu.at > limit) continue;
    if (pick-- === 0) return { kind: 'cpu', cpu: cpu.id, at: cpu.at, timers, first: -1, early: 0 };
  }
  return { kind: 'timer', tid: live!.v, at: live!.key, pop: true, alarm: isAlarm(s, live!), timers, first: -1, early: 0 };
}

/**
 * Free mode: every pending CPU event and every live timer, earliest first. A timer that
 * is not the heap's root stays in the heap when it fires: its task leaves the blocked
 * state, which makes the entry stale.
 */
export function selectFree(k: Ctx, s: KernelState): Next {
  const root = liveTimers(s);
  const timers = root === s.timers ? undefined : root;
  const c = k.candidates;
  let n = 0;
  for (const cpu of s.cpus) {
    if (cpu.task < 0 || cpu.pending === 'none') continue;
    n = c.add(n, cpu.at, cpu.id, cpu.task);
  }
  const cpus = s.cpus.length;
  if (root !== null) n = addTimers(s, c, n, cpus, root);
  if (n === 0) return { kind: 'finish', timers };
  if (c.at[0]! > k.maxTime) return { kind: 'budget', what: 'time', timers };
  const pick = n > 1 ? k.chooser.choose('tie', n, c.who) : 0;
  const at = c.at[pick]!;
  const slot = c.slot[pick]!;
  const first = pick > 0 && at > c.at[0]! ? c.who[0]! : -1;
  const early = first < 0 ? 0 : at - c.at[0]!;
  if (slot < cpus) return { kind: 'cpu', cpu: slot, at, timers, first, early };
  const tid = c.who[pick]!;
  const seq = slot - cpus;
  const pop = root !== null && root.v === tid && root.seq === seq;
  const p = procOfTask(s, taskAt(s, tid));
  return { kind: 'timer', tid, at, pop, alarm: p.alarm === seq && p.status === 'alive', timers, first, early };
}

/** Adds the live timers of heap `h` to the candidates (n so far; returns the new n). A function, not a closure: free mode selects at every step. */
function addTimers(s: KernelState, c: Ctx['candidates'], n: number, cpus: number, h: Heap): number {
  if (live(s, h)) n = c.add(n, h.key, cpus + h.seq, h.v);
  if (h.l !== null) n = addTimers(s, c, n, cpus, h.l);
  if (h.r !== null) n = addTimers(s, c, n, cpus, h.r);
  return n;
}
