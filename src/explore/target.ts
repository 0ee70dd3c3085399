/**
 * What an exploration explores — a scenario under options, in a mode, with an outcome
 * projection — and running it once under a strategy's driver. Every run boots a fresh
 * machine (no history, no trace): runs are cheap, and a run is a pure function of the
 * target and the driver's answers.
 */
import { type ScheduleMode, formatSchedule } from '../kernel/chooser.js';
import type { Kernel } from '../kernel/kernel.js';
import type { KernelState, RunEnd } from '../kernel/types.js';
import type { Scenario } from '../scenario/load.js';
import type { RunOptions } from '../scenario/options.js';
import { boot } from '../scenario/simulate.js';
import { TsSpace } from '../scenario/ts-space.js';
import { Abandon, type Driver, Execution, Paths, Recorder } from './execution.js';
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

/** Boots the target's machine with the recorder as its chooser and footprint. */
function machine(t: Target, rec: Recorder): Kernel {
  const { schedule: _ignored, ...options } = t.options;
  const k = boot(t.scenario, options, { chooser: rec, footprint: rec, tracing: false, history: false, mode: t.mode });
  rec.kernel = k;
  return k;
}

/** Runs the target once, asking `driver` at every decision. */
export function execute(t: Target, driver: Driver, paths: Paths): RunResult {
  const exec = new Execution();
  const rec = new Recorder(exec, driver, paths);
  const k = machine(t, rec);
  const main = k.ctx.rt[0]?.space;
  try {
    k.run();
  } catch (e) {
    if (!(e instanceof Abandon)) throw e;
    exec.aborted = true;
    exec.schedule = shortSchedule(t.mode, k.recorder.choices);
    return { exec, outcome: null, end: null, state: k.state };
  }
  exec.schedule = shortSchedule(t.mode, k.recorder.choices);
  const returned = () => (main instanceof TsSpace ? main.result : undefined);
  return { exec, outcome: outcomeOf(k, t.projection, returned), end: k.state.end, state: k.state };
}
