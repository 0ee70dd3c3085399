/**
 * `forkscope explore FILE`: runs a scenario under many schedules and reports every
 * distinct outcome with a witness that replays it. Wall-clock time enters here only, as
 * the --max-time budget handed to the explorer as a predicate, and as the progress line
 * on stderr (drawn only when stderr is a terminal). Ctrl-C stops the exploration between
 * two runs: the report of what it found (sampled) is printed, and the status is 130; a
 * second Ctrl-C ends the process at once.
 */
import { exploreDocument, exploreTitle, renderExplore } from '../render/explore.js';
import { EXIT, usageError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/load.js';
import { parseDuration } from '../kernel/time.js';
import { EXPLORE_DEFAULTS, type ExploreOptions, type Progress, type StrategyChoice } from '../explore/explore.js';
import { parseProjection } from '../explore/outcome.js';
import { exploreParallel } from '../explore/parallel.js';
import { writeOutcomeSnapshot } from '../explore/snapshot.js';
import { type Io, processIo } from './io.js';
import { type RunFlags, optionsFromFlags } from './run.js';
import { grouped } from '../render/describe.js';

export interface ExploreFlags extends RunFlags {
  strategy?: string;
  maxRuns?: string;
  maxTime?: string;
  runMaxTime?: string;
  preemptions?: string;
  depth?: string;
  timed?: boolean;
  outcome?: string;
  workers?: string;
  snapshot?: boolean;
}

const STRATEGIES: readonly StrategyChoice[] = ['auto', 'dpor', 'pct', 'random'];

function int(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || v < min || v > max) throw usageError(`--${name} must be an integer from ${min} to ${max}, not '${text}'`);
  return v;
}

/** The explorer's options from the flags (the run options are parsed by run.ts). */
export function exploreOptionsFromFlags(flags: ExploreFlags, now: () => number): ExploreOptions {
  const strategy = (flags.strategy ?? 'auto') as StrategyChoice;
  if (!STRATEGIES.includes(strategy)) throw usageError(`--strategy must be one of ${STRATEGIES.join(', ')}, not '${flags.strategy}'`);
  let timeUp: ExploreOptions['timeUp'];
  if (flags.maxTime !== undefined) {
    const ms = parseDuration(flags.maxTime);
    if (ms === null || ms <= 0) throw usageError(`--max-time must be a positive duration such as 30s or 2m, not '${flags.maxTime}'`);
    const start = now();
    const budget = ms / 1e6;
    timeUp = (share) => now() - start >= share * budget;
  }
  return {
    strategy,
    maxRuns: int('max-runs', flags.maxRuns, 1, 1e9) ?? EXPLORE_DEFAULTS.maxRuns,
    timeUp,
    preemptions: int('preemptions', flags.preemptions, 0, 1000) ?? null,
    depth: int('depth', flags.depth, 1, 100) ?? EXPLORE_DEFAULTS.depth,
    timed: flags.timed ?? false,
    outcome: flags.outcome !== undefined ? parseProjection(flags.outcome) : undefined,
  };
}

/** A progress line on stderr, redrawn at most every 200 ms: runs, runs per second, outcomes. */
function progressLine(io: Io, now: () => number): { update: (p: Progress) => void; clear: () => void } {
  const start = now();
  let last = 0;
  let drawn = false;
  return {
    update: (p) => {
      const t = now();
      if (t - last < 200) return;
      last = t;
      const rate = Math.round((p.runs * 1000) / Math.max(1, t - start));
      io.stderr(`\r\x1b[2K${p.strategy}: ${grouped(p.runs)} runs (${grouped(rate)}/s), ${p.outcomes} outcome${p.outcomes === 1 ? '' : 's'}, ${grouped(p.classes)} classes`);
      drawn = true;
    },
    clear: () => {
      if (drawn) io.stderr('\r\x1b[2K');
    },
  };
}

export async function exploreCommand(file: string, flags: ExploreFlags, io: Io): Promise<number> {
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw usageError(`--format must be text or json, not '${format}'`);
  const { maxTime: _wall, runMaxTime, ...runFlags } = flags;
  const options = optionsFromFlags({ ...runFlags, maxTime: runMaxTime });
  if (options.schedule !== undefined) throw usageError('explore makes its own schedules: --schedule belongs to forkscope run');
  const now = () => Date.now();
  const opts = exploreOptionsFromFlags(flags, now);
  if (flags.snapshot && flags.maxTime !== undefined) {
    throw usageError('--snapshot explores within --max-runs only: a time budget would make the snapshot depend on the machine');
  }
  const workers = int('workers', flags.workers, 1, 64);
  const scenario = await loadScenario(file);
  if (opts.outcome?.kind === 'return' && scenario.lang !== 'ts') throw usageError('--outcome return needs a TypeScript scenario (its main program returns a value)');
  const progress = io.stderrIsTTY ? progressLine(io, now) : null;
  const ctrlC = io === processIo ? onCtrlC() : null;
  if (format === 'text') io.stdout(exploreTitle(scenario.id));
  let result;
  try {
    result = await exploreParallel(scenario, options, { ...opts, seed: options.seed, progress: progress?.update, interrupted: ctrlC?.hit }, workers);
  } finally {
    ctrlC?.release();
  }
  progress?.clear();
  io.stdout(format === 'json' ? `${JSON.stringify(exploreDocument(result), null, 2)}\n` : renderExplore(result, false));
  if (result.phases.some((p) => p.stop === 'interrupted')) {
    io.stderr(`forkscope: interrupted (Ctrl-C) after ${grouped(result.runs)} run${result.runs === 1 ? '' : 's'}: the outcomes found so far${flags.snapshot ? '; no snapshot written' : ''}\n`);
    return EXIT.interrupted;
  }
  if (flags.snapshot) {
    const path = writeOutcomeSnapshot(result);
    io.stderr(`wrote ${path}\n`);
  }
  return 0;
}

/** The real process's Ctrl-C: the first asks the exploration to stop between runs; with it heard, a second one ends the process (Node's default). */
function onCtrlC(): { hit: () => boolean; release: () => void } {
  let hit = false;
  const handler = (): void => {
    hit = true;
    process.off('SIGINT', handler);
  };
  process.on('SIGINT', handler);
  return { hit: () => hit, release: () => void process.off('SIGINT', handler) };
}
