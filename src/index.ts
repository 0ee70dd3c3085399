/**
 * forkscope's library API: load a scenario, simulate it, render it, explore its
 * schedules; or drive the kernel directly with your own programs.
 */
import type { Program } from './scenario/api.js';
import { type Scenario, loadScenario } from './scenario/load.js';
import { type ProgramMeta, programScenario } from './scenario/program.js';
import type { RunOptions } from './scenario/options.js';
import { type SimulateExtras, type Simulation, simulate as simulateScenario } from './scenario/simulate.js';
import type { ExploreOptions, ExploreResult } from './explore/explore.js';
import { exploreParallel } from './explore/parallel.js';
import { type Projection, parseProjection } from './explore/outcome.js';
export { Kernel, type KernelOptions, DEFAULTS } from './kernel/kernel.js';
export type { KernelState, Proc, Task, TaskState, KObject, RunEnd } from './kernel/types.js';
export type { TraceEvent, Write } from './kernel/trace.js';
export type { AddressSpace, Loader, LoadContext, RunResult } from './kernel/program.js';
export type { Syscall, Image } from './kernel/syscalls.js';
export { SeededChooser, ReplayChooser, RecordingChooser, encodeSchedule, decodeSchedule, type Chooser, type ScheduleRuns } from './kernel/chooser.js';
export { DEFAULT_PARAMS, PARAM_TABLE, type CostParams } from './kernel/params.js';
export { metrics } from './render/metrics.js';
export { type Sys, type Program, type ScenarioMeta, type ScenarioOptions, sys } from './scenario/api.js';
export { loadScenario, listScenarioFiles, type Scenario } from './scenario/load.js';
export { boot, replayCommand, type Simulation, type SimulateExtras } from './scenario/simulate.js';
export { programScenario, type ProgramMeta } from './scenario/program.js';
export { parseSchedule, formatSchedule, type ScheduleMode } from './kernel/chooser.js';
export type { ExploreResult, OutcomeReport, Phase, Progress } from './explore/explore.js';
export type { Projection } from './explore/outcome.js';
export { renderExplore, exploreDocument } from './render/explore.js';
export { raceText, type Race } from './render/race.js';
export { renderOutcomeSnapshot, snapshotSettings } from './explore/snapshot.js';
export type { RunOptions } from './scenario/options.js';
export { renderTrace } from './render/trace.js';
export { renderTimeline } from './render/timeline.js';
export { renderTree } from './render/tree.js';
export { renderMetrics } from './render/metrics.js';
export { renderJson, parseRunJson, JSON_SCHEMA } from './render/json.js';
export { type RunWriter, type RunStart, renderWith } from './render/writer.js';
export { renderPerfetto } from './render/perfetto.js';
export { terminalText } from './render/output.js';
export { endReport } from './render/report.js';

/** What `simulate` and `explore` run: a scenario, a scenario file or name, or a program given in code. */
export type Target = Scenario | Program;

const toScenario = (t: Target, meta?: ProgramMeta): Scenario => (typeof t === 'function' ? programScenario(t, meta) : t);

/**
 * Runs a scenario (or a program given in code) once, under its options and `options`,
 * and returns everything renderers read: state, trace, output, the schedule string.
 */
export function simulate(target: Target, options: RunOptions = {}, extras: SimulateExtras = {}): Simulation {
  return simulateScenario(toScenario(target), options, extras);
}

/** How to explore: the runs' options, the exploration's bounds, and what counts as the outcome. */
export interface ExploreSettings extends RunOptions, Omit<ExploreOptions, 'outcome' | 'seed'> {
  /** 'all' (default), 'stdout', 'lines:REGEX', 'return' (what the main program returned), or a Projection. */
  outcome?: string | Projection;
  /** Worker threads for sampling (default 1 here; the CLI uses one per core). Results do not depend on it. */
  workers?: number;
  /** Names and options of a program given in code. */
  program?: ProgramMeta;
}

/**
 * Explores a scenario (a Scenario, a file or name under scenarios/, or a program given
 * in code): every distinct outcome, with the runs that reached it and a witness schedule
 * that replays it (`simulate(target, { schedule: witness })`).
 *
 *   const r = await explore(function* (k) { ... return counter; }, { outcome: 'return' });
 *   r.outcomes.map((o) => o.value); // [3, 2, 1]
 */
export async function explore(target: Target | string, settings: ExploreSettings = {}): Promise<ExploreResult> {
  const { strategy, maxRuns, timeUp, interrupted, preemptions, depth, timed, outcome, progress, workers, program, ...options } = settings;
  const scenario = typeof target === 'string' ? await loadScenario(target) : toScenario(target, program);
  const projection = typeof outcome === 'string' ? parseProjection(outcome) : outcome;
  const opts: ExploreOptions = { strategy, maxRuns, timeUp, interrupted, preemptions, depth, timed, outcome: projection, progress, seed: options.seed };
  return exploreParallel(scenario, options, opts, workers ?? 1);
}
