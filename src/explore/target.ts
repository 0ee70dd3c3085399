/**
 * What an exploration explores — a scenario under options, in a mode, with an outcome
 * projection — and running it once under a strategy's driver. Every run starts a machine
 * of its own (no history, no trace): booted, or restored to where every run of a Python
 * target gets to before its first decision (start.ts). Runs are cheap, and a run is a
 * pure function of the target and the driver's answers.
 */
import { type ScheduleMode, formatSchedule } from '../kernel/chooser.js';
import type { Kernel } from '../kernel/kernel.js';
import type { Heap } from '../kernel/persistent.js';
import { live, liveTimers } from '../kernel/timer.js';
import { taskAt } from '../kernel/state.js';
import type { Syscall } from '../kernel/syscalls.js';
import type { KernelState, RunEnd } from '../kernel/types.js';
import type { Scenario } from '../scenario/load.js';
import type { RunOptions } from '../scenario/options.js';
import { TsSpace, refusingExit } from '../scenario/ts-space.js';
import { Abandon, type Driver, Execution, Paths, Recorder } from './execution.js';
import { machine, startOf } from './start.js';
import { type Outcome, type Projection, outcomeOf } from './outcome.js';

export interface Target {
  readonly scenario: Scenario;
  /** Run options over the scenario's own (cpus, params, seed for unseeded randomness, budgets). */
  readonly options: RunOptions;
  readonly mode: ScheduleMode;
  readonly projection: Projection;
}

export interface RunResult {
  readonly exec: Execution;
  /** Null when the strategy abandoned the run. */
  readonly outcome: Outcome | null;
  readonly end: RunEnd | null;
  /** The machine's final state (what does not change during a run: object kinds, peers, bounds). */
  readonly state: KernelState | null;
}

/** A schedule string without its trailing zeros (past its end every choice is 0 anyway). */
export function shortSchedule(mode: ScheduleMode, choices: readonly number[]): string {
  let n = choices.length;
  while (n > 0 && choices[n - 1] === 0) n--;
  return formatSchedule(mode, choices.slice(0, n));
}

/**
 * Runs the target once, asking `driver` at every decision. `views: false` leaves out what
 * only DPOR reads (the state of each key a step touched), for sampling runs; `reuse`
 * records the run into an Execution a batch keeps (its earlier run is then gone).
 */
export function execute(t: Target, driver: Driver, paths: Paths, views = true, reuse: Execution | null = null): RunResult {
  const exec = reuse ?? new Execution();
  const k = begin(t, driver, paths, views, exec);
  const main = k.ctx.rt[0]?.space;
  try {
    refusingExit(() => k.run());
  } catch (e) {
    if (!(e instanceof Abandon)) throw e;
    exec.aborted = true;
    exec.ended(() => shortSchedule(t.mode, k.recorder.choices));
    return { exec, outcome: null, end: null, state: k.state };
  }
  exec.ended(() => shortSchedule(t.mode, k.recorder.choices));
  if (k.state.end?.kind === 'budget') {
    exec.pending = pendingAtCut(k);
    exec.pendingCalls = exec.pending.map((tid) => pendingCall(k, tid));
  }
  const returned = () => (main instanceof TsSpace ? main.result : undefined);
  return { exec, outcome: outcomeOf(k, t.projection, returned), end: k.state.end, state: k.state };
}

/** The machine of a run: restored to the target's start (start.ts), or booted. */
function begin(t: Target, driver: Driver, paths: Paths, views: boolean, exec: Execution): Kernel {
  const start = startOf(t, paths);
  if (start === null) {
    exec.reset();
    return machine(t, new Recorder(exec, driver, paths, views));
  }
  exec.startFrom(start.prefix);
  start.recorder.reuse(exec, driver, views);
  const k = start.kernel;
  k.restore(start.checkpoint);
  const writes = k.ctx.output;
  if (Array.isArray(writes)) writes.length = start.writes;
  return k;
}

/** The call task `tid` was about to make at the cut, or null when its pending event is not a call. */
function pendingCall(k: Kernel, tid: number): Syscall | null {
  const task = taskAt(k.state, tid);
  if (task.state.tag !== 'running') return null;
  return k.state.cpus[task.state.cpu]!.pending === 'syscall' ? k.ctx.rt[tid]!.call : null;
}

/**
 * The tasks with an event pending when a run was cut by its budget (on a CPU, or a live
 * timer): DPOR reverses races with their next steps, which the run never took. A call
 * that would wait at the cut is one too: it might not have waited earlier in the run.
 */
function pendingAtCut(k: Kernel): number[] {
  const s = k.state;
  const out = new Set<number>();
  for (const cpu of s.cpus) if (cpu.task >= 0 && cpu.pending !== 'none') out.add(cpu.task);
  const timers = (h: Heap | null): void => {
    if (h === null) return;
    if (live(s, h)) out.add(h.v);
    timers(h.l);
    timers(h.r);
  };
  timers(liveTimers(s));
  return [...out].sort((a, b) => a - b);
}
