/**
 * Exploring a scenario: run it under strategies within a budget, and keep every
 * distinct outcome with the runs that reached it and a witness schedule that replays it.
 *
 * The default plan: a systematic strategy first (DPOR in free mode; every schedule in
 * timed mode or under a preemption bound) with half the budget. When it finishes, the
 * outcome set is complete (up to the bound, and up to the step and time budget when runs
 * ended on it: every outcome of a schedule cut at that budget). When it does not, PCT (depth 3) and a
 * random walk share the rest, and the set is sampled. The result says which ran, how
 * far, and why each stopped.
 *
 * Budgets are counted in runs; a wall-clock budget may be passed in as `timeUp(share)`
 * (true once that share of it is spent) — the only clock the explorer consults, and only
 * between runs. With a run budget alone, an exploration is a pure function of its
 * inputs: the same outcomes, counts and witnesses on any machine. `interrupted` (the
 * user's Ctrl-C) is asked between runs too: the exploration stops and reports what it
 * found, a sampled set, after at least one run.
 */
import type { ScheduleMode } from '../kernel/chooser.js';
import type { Scenario } from '../scenario/load.js';
import type { RunOptions } from '../scenario/options.js';
import { type Driver, Execution, Paths } from './execution.js';
import type { Projection } from './outcome.js';
import type { Strategy, StrategyName } from './strategy.js';
import { Dfs } from './strategies/dfs.js';
import { Dpor } from './strategies/dpor.js';
import { Pct } from './strategies/pct.js';
import { RandomWalk } from './strategies/random.js';
import { type Target, execute } from './target.js';
import { Tally, type TallyData } from './tally.js';
import { racingPair } from './witness.js';
import type { ExploreReport, OutcomeEntry, PhaseReport } from '../render/explore.js';
import { replayCommand } from '../scenario/simulate.js';
import { outcomeValue, projectionText } from './outcome.js';
import { preferred } from './strategy.js';

export type StrategyChoice = 'auto' | 'dpor' | 'pct' | 'random';

/** Every bound of an exploration, in one place (the CLI's flags map onto these). */
export interface ExploreOptions {
  /** 'auto' (default): systematic, then PCT and random walk when it does not finish. */
  strategy?: StrategyChoice;
  /** The run budget (default 20,000). */
  maxRuns?: number;
  /** A wall-clock budget, passed in: true once `share` (0..1) of it is spent. */
  timeUp?: (share: number) => boolean;
  /** True once the user asked to stop (Ctrl-C): the exploration ends between two runs and reports what it found. */
  interrupted?: () => boolean;
  /** Explore only schedules with at most this many preemptions (null: no bound). */
  preemptions?: number | null;
  /** PCT's depth (default 3). */
  depth?: number;
  /** Seeds the sampling strategies (default 1). */
  seed?: number | string;
  /** Keep the cost model's timing and explore only its real decisions (ties, wake-ups). */
  timed?: boolean;
  /** What counts as the outcome (default: everything). */
  outcome?: Projection;
  /** Called after every run (the CLI draws progress from it). */
  progress?: (p: Progress) => void;
}

/**
 * maxSteps: the step budget of each free-mode run when neither the scenario nor the
 * options set one. In free mode a busy loop can run as long as the schedule keeps
 * choosing it (time does not stop it); such a run ends at 100,000 steps, an outcome of
 * its own ("budget exhausted"). Timed runs keep the kernel's budgets.
 */
export const EXPLORE_DEFAULTS = { maxRuns: 20_000, depth: 3, seed: 1 as number | string, maxSteps: 100_000 };

/** The run options of an exploration: in free mode, the step budget made explicit. */
export const runOptionsOf = (scenario: Scenario, options: RunOptions, mode: ScheduleMode): RunOptions =>
  mode === 'timed' || options.maxSteps !== undefined || scenario.options.maxSteps !== undefined ? options : { ...options, maxSteps: EXPLORE_DEFAULTS.maxSteps };

export interface Progress {
  readonly strategy: StrategyName;
  readonly runs: number;
  readonly outcomes: number;
  readonly classes: number;
}

export type StopReason = PhaseReport['stop'];

/** One strategy's share of an exploration. */
export type Phase = PhaseReport;

export interface OutcomeReport extends OutcomeEntry {
  /** The outcome's identity (equal keys: the same outcome). */
  readonly key: string;
  /** The outcome as a value: its one part's text (a returned value, for 'return'), or an object of its parts. */
  readonly value: unknown;
}

export interface ExploreResult extends ExploreReport {
  readonly scenario: Scenario;
  readonly options: RunOptions;
  readonly projection: Projection;
  readonly outcomes: readonly OutcomeReport[];
  /** The strategy, budget and depth asked for (what a snapshot stores to explore again). */
  readonly request: { readonly strategy: StrategyChoice; readonly maxRuns: number; readonly depth: number };
}

/** The systematic strategy for a mode and bound: DPOR in free mode, else every schedule. */
const systematic = (mode: ScheduleMode, bound: number | null): Strategy => (mode === 'free' && bound === null ? new Dpor() : new Dfs(bound));

/** A batch of a sampling strategy's runs, numbered from `from` within the strategy (each run draws from its own stream). */
export interface Batch {
  readonly strategy: 'pct' | 'random';
  readonly from: number;
  readonly count: number;
  /** PCT: how many steps a run takes. */
  readonly steps: number;
}

/** The settings every run of an exploration shares (what a worker needs to run its batches). */
export interface Settings {
  readonly mode: ScheduleMode;
  readonly projection: Projection;
  readonly bound: number | null;
  readonly seed: number | string;
  readonly depth: number;
}

export function settingsOf(opts: ExploreOptions): Settings {
  return {
    mode: opts.timed ? 'timed' : 'free',
    projection: opts.outcome ?? { kind: 'all' },
    bound: opts.preemptions ?? null,
    seed: opts.seed ?? EXPLORE_DEFAULTS.seed,
    depth: opts.depth ?? EXPLORE_DEFAULTS.depth,
  };
}

/** The sampling strategy a batch belongs to. */
export const sampler = (b: Batch, s: Settings): Pct | RandomWalk =>
  b.strategy === 'pct' ? new Pct(s.seed, s.depth, b.steps, s.bound) : new RandomWalk(s.seed, s.bound);

/** Runs a batch in this thread: the tally of its runs (one Execution, reset for each). */
export function runBatch(b: Batch, target: Target, s: Settings, paths: Paths): TallyData {
  const strategy = sampler(b, s);
  const tally = new Tally();
  const exec = new Execution();
  for (let r = b.from; r < b.from + b.count; r++) {
    const run = execute(target, strategy.driver(r), paths, false, exec);
    tally.add(run.exec, run.outcome);
  }
  return tally.data();
}

/**
 * What a plan yields: a batch of sampled runs, whose tally it is given back, or PAUSE
 * after each run of a systematic phase — a point where a caller with an event loop may
 * let it turn (so that a Ctrl-C handler can run), and go on with nothing.
 */
export const PAUSE = null;
export type PlanStep = Batch | typeof PAUSE;

/**
 * The exploration as a plan: systematic phases run here; sampling phases are handed out
 * as batches (yielded), whose summaries come back in order — from this thread or from
 * workers, with the same result.
 */
export function* plan(scenario: Scenario, options: RunOptions, opts: ExploreOptions, batch: number): Generator<PlanStep, ExploreResult, TallyData | undefined> {
  const s = settingsOf(opts);
  const { mode, projection, bound, seed, depth } = s;
  const target: Target = { scenario, options: runOptionsOf(scenario, options, mode), mode, projection };
  const maxRuns = opts.maxRuns ?? EXPLORE_DEFAULTS.maxRuns;
  const timeUp = opts.timeUp ?? (() => false);
  const interrupted = opts.interrupted ?? (() => false);
  const strategy = opts.strategy ?? 'auto';
  const paths = new Paths();
  const tally = new Tally();
  const phases: Phase[] = [];
  let complete = false;
  const progress = (name: StrategyName): void => opts.progress?.({ strategy: name, runs: tally.runs, outcomes: tally.found.size, classes: tally.classes.size });

  function* systematicPhase(budget: number, share: number): Generator<PlanStep, StopReason, TallyData | undefined> {
    const st = systematic(mode, bound);
    const start = tally.runs;
    let stop: StopReason = 'runs';
    // Runs cut short by the step or time budget. DPOR reverses races with the steps they
    // never took, so finishing covers every order up to the budget; dfs runs every schedule.
    let cut = 0;
    for (;;) {
      if (tally.runs - start >= budget) break;
      if (timeUp(share)) {
        stop = 'time';
        break;
      }
      const driver = st.next();
      if (driver === null) break;
      const r = execute(target, driver, paths);
      if (r.end?.kind === 'budget') cut++;
      st.finished(r);
      tally.add(r.exec, r.outcome);
      progress(st.name);
      yield PAUSE;
      if (interrupted()) {
        stop = 'interrupted';
        break;
      }
    }
    if (st.complete) stop = 'complete';
    const diag = st instanceof Dpor ? { redundant: st.sleepBlocked, infeasible: st.infeasible } : {};
    phases.push({ strategy: st.name, runs: tally.runs - start, budget, stop, ...(cut > 0 ? { cut } : {}), ...diag });
    return stop;
  }

  function* samplingPhase(kind: 'pct' | 'random', budget: number, share: number): Generator<PlanStep, void, TallyData | undefined> {
    const start = tally.runs;
    // PCT places its change points among a run's steps: with no run yet, its first run is one by preference.
    if (kind === 'pct' && tally.longest === 0 && budget > 0) calibrate();
    const steps = tally.longest;
    let next = 0;
    let stop: StopReason = 'runs';
    while (tally.runs - start < budget) {
      if (timeUp(share)) {
        stop = 'time';
        break;
      }
      if (tally.runs > 0 && interrupted()) {
        stop = 'interrupted';
        break;
      }
      const count = Math.min(batch, budget - (tally.runs - start));
      const results = yield { strategy: kind, from: next, count, steps };
      if (results === undefined) throw new Error('explore: a batch came back without its tally');
      // An interrupted batch comes back with its first runs only.
      const before = tally.runs;
      tally.merge(results);
      next += tally.runs - before;
      progress(kind);
    }
    phases.push({ strategy: kind, runs: tally.runs - start, budget, stop, ...(kind === 'pct' ? { depth } : {}) });
  }

  /** A run by preference (the last task while it can go on, else the earliest event): PCT learns from it how long runs are. */
  function calibrate(): void {
    const first: Driver = { pick: (_at, n, who, waits, x) => Math.max(0, preferred(n, who, (c) => waits[c] === 0, x.last)), data: () => 0 };
    const r = execute(target, first, paths);
    tally.add(r.exec, r.outcome);
  }

  switch (strategy) {
    case 'auto': {
      const stop = yield* systematicPhase(Math.ceil(maxRuns / 2), 0.5);
      complete = stop === 'complete';
      if (!complete && stop !== 'interrupted') {
        yield* samplingPhase('pct', Math.ceil((maxRuns - tally.runs) / 2), 0.75);
        yield* samplingPhase('random', maxRuns - tally.runs, 1);
      }
      break;
    }
    case 'dpor':
      complete = (yield* systematicPhase(maxRuns, 1)) === 'complete';
      break;
    case 'pct':
      yield* samplingPhase('pct', maxRuns, 1);
      break;
    case 'random':
      yield* samplingPhase('random', maxRuns, 1);
      break;
    default: {
      const never: never = strategy;
      throw new Error(`unknown strategy ${String(never)}`);
    }
  }

  const found = [...tally.found.values()];
  const base = found[0];
  const outcomes: OutcomeReport[] = found.map((f, i) => ({
    key: f.outcome.key,
    value: outcomeValue(f.outcome.parts),
    parts: f.outcome.parts,
    runs: f.runs,
    first: f.first,
    witness: f.witness,
    preemptions: f.preemptions,
    // The step budget is part of the command when the outcome is where it ran out.
    replay: replayCommand(scenario, { ...(f.outcome.key.includes('budget exhausted (steps)') ? target.options : options), schedule: f.witness }),
    race: i === 0 || base === undefined ? null : racingPair(target, base.witness, f.witness, paths),
  }));
  return {
    id: scenario.id,
    scenario,
    options,
    mode,
    outcome: projectionText(projection),
    projection,
    bound,
    seed,
    phases,
    complete,
    runs: tally.runs,
    executions: tally.executions,
    classes: tally.classes.size,
    outcomes,
    request: { strategy, maxRuns, depth },
  };
}

/** Explores a scenario under `options` (run options over the scenario's own), in this thread. */
export function explore(scenario: Scenario, options: RunOptions, opts: ExploreOptions = {}): ExploreResult {
  const s = settingsOf(opts);
  const target: Target = { scenario, options: runOptionsOf(scenario, options, s.mode), mode: s.mode, projection: s.projection };
  const paths = new Paths();
  const steps = plan(scenario, options, opts, 16);
  let next = steps.next();
  while (!next.done) next = steps.next(next.value === PAUSE ? undefined : runBatch(next.value, target, s, paths));
  return next.value;
}
