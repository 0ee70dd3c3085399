/**
 * Outcome snapshots: `snapshots/<scenario>.outcomes`, the set of outcomes an exploration
 * found, kept in the repository and checked like run snapshots. A readable text file:
 * its format version, the program's digest, the run options and exploration settings,
 * the strategy and whether the set is complete or sampled, then one block per outcome
 * with its parts, its witness schedule and the labels of the witness's choices (which
 * task went, doing what), so that a replay that drifts says where.
 *
 * A check replays every witness (cheap) and, unless told not to, explores again with
 * the stored settings and compares the whole file.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { coverageText, phaseText } from '../render/explore.js';
import { raceText } from '../render/race.js';
import { UserError } from '../scenario/errors.js';
import { SCENARIOS_DIR, type Scenario, loadScenario, resolveScenario } from '../scenario/load.js';
import { OptionError, type RunOptions, parseOptionWords, toFlags } from '../scenario/options.js';
import { SNAPSHOTS_DIR, notADirectory } from '../scenario/snapshot.js';
import { parseSchedule } from '../kernel/chooser.js';
import { DEFAULTS } from '../kernel/kernel.js';
import { Paths } from './execution.js';
import { type ExploreOptions, type ExploreResult, EXPLORE_DEFAULTS, type StrategyChoice, explore, runOptionsOf } from './explore.js';
import { type Projection, outcome, parseProjection, projectionText } from './outcome.js';
import type { Target } from './target.js';
import { type Misfit, choiceLabels, replay } from './witness.js';

/** node:crypto, loaded on first use (loading it is ~10 ms of every start, which most commands do not need). */
const crypto = (): typeof import('node:crypto') => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');

export const OUTCOMES_FORMAT = 1;
/** Choice labels kept per witness; the rest are covered by a digest. */
const LABELS = 100;

/**
 * Where a scenario's outcome snapshot lives: snapshots/<id>.outcomes for the scenarios
 * that ship, and a snapshots/ folder beside any other scenario file.
 */
export function outcomeSnapshotPath(scenario: Scenario): string {
  const rel = relative(SCENARIOS_DIR, scenario.file);
  if (!rel.startsWith('..')) return join(SNAPSHOTS_DIR, `${scenario.id}.outcomes`);
  return join(dirname(scenario.file), 'snapshots', `${basename(scenario.file, extname(scenario.file))}.outcomes`);
}

/** The exploration settings a snapshot stores (and a check explores with again). */
export interface SnapshotSettings {
  readonly strategy: StrategyChoice;
  readonly maxRuns: number;
  readonly timed: boolean;
  readonly preemptions: number | null;
  readonly depth: number;
  readonly outcome: Projection;
}

export function settingsFlags(s: SnapshotSettings): string {
  const flags = [`--strategy ${s.strategy}`, `--max-runs ${s.maxRuns}`];
  if (s.timed) flags.push('--timed');
  if (s.preemptions !== null) flags.push(`--preemptions ${s.preemptions}`);
  if (s.depth !== EXPLORE_DEFAULTS.depth) flags.push(`--depth ${s.depth}`);
  if (s.outcome.kind !== 'all') flags.push(`--outcome ${JSON.stringify(projectionText(s.outcome))}`);
  return flags.join(' ');
}

function parseSettings(text: string, where: string): SnapshotSettings {
  const words = text.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
  const s = { strategy: 'auto' as StrategyChoice, maxRuns: EXPLORE_DEFAULTS.maxRuns, timed: false, preemptions: null as number | null, depth: EXPLORE_DEFAULTS.depth, outcome: { kind: 'all' } as Projection };
  const fail = (why: string): never => {
    throw new UserError(`bad explore settings: ${why}`, where);
  };
  const num = (w: string | undefined): number => (w !== undefined && /^\d+$/.test(w) ? Number(w) : fail(`'${w ?? ''}' is not a number`));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--strategy') {
      const v = words[++i];
      if (v !== 'auto' && v !== 'dpor' && v !== 'pct' && v !== 'random') fail(`unknown strategy '${v ?? ''}'`);
      s.strategy = v as StrategyChoice;
    } else if (w === '--max-runs') s.maxRuns = num(words[++i]);
    else if (w === '--timed') s.timed = true;
    else if (w === '--preemptions') s.preemptions = num(words[++i]);
    else if (w === '--depth') s.depth = num(words[++i]);
    else if (w === '--outcome') {
      const v = words[++i];
      if (v === undefined) fail('--outcome needs a value');
      try {
        s.outcome = parseProjection(JSON.parse(v!) as string);
      } catch (e) {
        fail(`--outcome ${v}: ${(e as Error).message}`);
      }
    } else fail(`unknown flag '${w}'`);
  }
  return s;
}

/** The settings an exploration was made with. */
export const snapshotSettings = (r: ExploreResult): SnapshotSettings => ({
  strategy: r.request.strategy,
  maxRuns: r.request.maxRuns,
  timed: r.mode === 'timed',
  preemptions: r.bound,
  depth: r.request.depth,
  outcome: r.projection,
});

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const labelDigest = (labels: readonly string[]): string => crypto().createHash('sha256').update(labels.join('\n')).digest('hex').slice(0, 16);

/**
 * How a snapshot at `path` names its scenario: a shipped scenario by its id, a file by
 * its path relative to the snapshot (so a folder can move), a program by its name.
 */
function scenarioRef(scenario: Scenario, path: string | null): string {
  if (!relative(SCENARIOS_DIR, scenario.file).startsWith('..') || path === null || !existsSync(scenario.file)) return scenario.id;
  return relative(dirname(path), scenario.file);
}

/** The scenario a snapshot names (its `scenario:` line: one that cannot be found is an error there). */
function loadRef(snap: OutcomeSnapshot): Promise<Scenario> {
  const { scenario: ref, file } = snap;
  const path = existsSync(resolve(dirname(file), ref)) && !ref.startsWith('/') ? resolve(dirname(file), ref) : ref;
  try {
    resolveScenario(path);
  } catch (e) {
    if (e instanceof UserError) throw new UserError(`scenario: ${e.message}`, snap.scenarioAt);
    throw e;
  }
  return loadScenario(path);
}

/** The snapshot text of an exploration (replays each witness for its labels); `path` is where it will be written. */
export function renderOutcomeSnapshot(r: ExploreResult, s: SnapshotSettings, path: string | null = null): string {
  const target: Target = { scenario: r.scenario, options: runOptionsOf(r.scenario, r.options, r.mode), mode: r.mode, projection: r.projection };
  const paths = new Paths();
  const lines = [
    `# forkscope outcomes, format ${OUTCOMES_FORMAT}`,
    `# The outcomes \`forkscope explore\` finds, each with a witness that replays it. \`forkscope snapshots\``,
    '# replays every witness and explores again; `forkscope snapshots --update` rewrites this file.',
    `scenario: ${scenarioRef(r.scenario, path)}`,
    `program: ${existsSync(r.scenario.file) ? r.scenario.digest : '-'}`,
    `options: ${toFlags({ ...r.options, seed: r.options.seed ?? DEFAULTS.seed }).join(' ')}`,
    `explore: ${settingsFlags(s)}`,
    `mode: ${r.mode}`,
    `coverage: ${coverageText(r)}`,
    `funnel: ${count(r.runs, 'schedule')} tried, ${count(r.classes, 'distinct execution')}, ${count(r.outcomes.length, 'outcome')}`,
    ...r.phases.map((p) => `strategy: ${phaseText(p, r.bound)}`),
  ];
  r.outcomes.forEach((o, i) => {
    lines.push('', `outcome ${i + 1}`);
    for (const [name, value] of o.parts) lines.push(`  ${name}: ${JSON.stringify(value)}`);
    lines.push(`  runs: ${o.runs}`, `  preemptions: ${o.preemptions}`);
    if (o.race) lines.push(`  race: ${raceText(o.race)}`);
    lines.push(`  witness: ${o.witness}`);
    const labels = choiceLabels(replay(target, o.witness, paths, false), paths).slice(0, choicesIn(o.witness));
    const kept = labels.slice(0, LABELS);
    lines.push(`  choices: ${labels.length}${labels.length > LABELS ? ` (the first ${LABELS} below; all: ${labelDigest(labels)})` : ''}`);
    kept.forEach((label, c) => lines.push(`    ${c + 1} ${label}`));
  });
  return `${lines.join('\n')}\n`;
}

/** How many choices a schedule string holds. */
const choicesIn = (witness: string): number => parseSchedule(witness).choices.length;

/** A parsed snapshot. */
export interface StoredOutcome {
  readonly parts: [string, string][];
  readonly witness: string;
  readonly labels: string[];
  /** Number of choices labelled, and the digest of all labels when only some are listed. */
  readonly choices: number;
  readonly digest: string | null;
  readonly line: number;
}

export interface OutcomeSnapshot {
  readonly file: string;
  readonly format: number;
  readonly scenario: string;
  /** Where the scenario line is (file:line). */
  readonly scenarioAt: string;
  readonly program: string;
  readonly options: RunOptions;
  readonly settings: SnapshotSettings;
  /** Whether the stored set is complete, and how many runs the exploration took. */
  readonly complete: boolean;
  readonly runs: number;
  readonly outcomes: StoredOutcome[];
}

const PART_NAMES = new Set(['stdout', 'stderr', 'exit', 'lines', 'return', 'end']);

/** Parses a snapshot; anything malformed is one UserError naming file:line. */
export function parseOutcomeSnapshot(text: string, file: string): OutcomeSnapshot {
  const lines = text.split('\n');
  const at = (i: number): string => `${file}:${i + 1}`;
  const fail = (i: number, why: string): never => {
    throw new UserError(why, at(i));
  };
  const head = new Map<string, { value: string; line: number }>();
  const outcomes: StoredOutcome[] = [];
  let format = -1;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const f = /^# forkscope outcomes, format (\d+)$/.exec(line);
    if (f) {
      format = Number(f[1]);
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') continue;
    if (/^outcome \d+$/.test(line)) break;
    const m = /^([a-z]+): (.*)$/.exec(line);
    if (!m) fail(i, `expected 'name: value', not '${line}'`);
    if (m![1] !== 'strategy') head.set(m![1]!, { value: m![2]!, line: i });
  }
  if (format < 0) fail(0, "not a forkscope outcome snapshot (no '# forkscope outcomes, format N' line)");
  if (format !== OUTCOMES_FORMAT) fail(0, `outcome snapshot format ${format}; this forkscope reads format ${OUTCOMES_FORMAT} (make it again with forkscope explore --snapshot)`);
  const need = (name: string): { value: string; line: number } => head.get(name) ?? fail(i, `missing '${name}:' line`);
  const options = need('options');
  let runOptions: RunOptions;
  try {
    runOptions = parseOptionWords(options.value.split(/\s+/).filter(Boolean).map((w) => w.replace(/^'(.*)'$/, '$1')));
  } catch (e) {
    if (e instanceof OptionError) fail(options.line, `bad options: ${e.message}`);
    throw e;
  }
  const settings = parseSettings(need('explore').value, at(need('explore').line));
  const funnel = /^(\d+) schedules? tried/.exec(need('funnel').value) ?? fail(need('funnel').line, `funnel: expected 'N schedules tried, ...'`);
  const coverage = need('coverage');
  if (!/^(complete|sampled)\b/.test(coverage.value)) fail(coverage.line, `coverage: expected complete or sampled, not '${coverage.value}'`);
  const mode = need('mode');
  if (mode.value !== (settings.timed ? 'timed' : 'free')) {
    fail(mode.line, mode.value === 'free' || mode.value === 'timed' ? `mode: ${mode.value}, but the explore line ${settings.timed ? 'has' : 'has no'} --timed` : `mode: expected free or timed, not '${mode.value}'`);
  }
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (!/^outcome \d+$/.test(line)) fail(i, `expected 'outcome N', not '${line}'`);
    const start = i++;
    const parts: [string, string][] = [];
    let witness: string | null = null;
    let choices = 0;
    let digest: string | null = null;
    const labels: string[] = [];
    for (; i < lines.length && lines[i]!.startsWith('  '); i++) {
      const l = lines[i]!;
      const label = /^ {4}(\d+) (.+)$/.exec(l);
      if (label) {
        if (Number(label[1]) !== labels.length + 1) fail(i, `choice ${label[1]} out of order (expected ${labels.length + 1})`);
        labels.push(label[2]!);
        continue;
      }
      const m = /^ {2}([a-z]+): (.*)$/.exec(l);
      if (!m) fail(i, `expected '  name: value', not '${l}'`);
      const [, name, value] = m as unknown as [string, string, string];
      if (PART_NAMES.has(name)) {
        try {
          const v = JSON.parse(value) as unknown;
          if (typeof v !== 'string') throw new Error('not a string');
          parts.push([name, v]);
        } catch {
          fail(i, `${name}: expected a JSON string, not ${value}`);
        }
      } else if (name === 'witness') {
        try {
          parseSchedule(value);
        } catch (e) {
          fail(i, `witness: ${(e as Error).message}`);
        }
        witness = value;
      } else if (name === 'choices') {
        const c = /^(\d+)(?: \(the first \d+ below; all: ([0-9a-f]{16})\))?$/.exec(value);
        if (!c) fail(i, `choices: expected a count, not '${value}'`);
        choices = Number(c![1]);
        digest = c![2] ?? null;
      } else if (name === 'runs' || name === 'preemptions') {
        if (!/^\d+$/.test(value)) fail(i, `${name}: expected a count, not '${value}'`);
      } else if (name !== 'race') {
        fail(i, `unknown field '${name}'`);
      }
    }
    if (witness === null) fail(start, `outcome without a witness`);
    if (parts.length === 0) fail(start, `outcome without parts (stdout, exit, ...)`);
    outcomes.push({ parts, witness: witness!, labels, choices, digest, line: start + 1 });
  }
  return {
    file,
    format,
    scenario: need('scenario').value,
    scenarioAt: at(need('scenario').line),
    program: need('program').value,
    options: runOptions!,
    settings,
    complete: coverage.value.startsWith('complete'),
    runs: Number(funnel[1]),
    outcomes,
  };
}

export type OutcomeCheck =
  | { status: 'same' }
  | { status: 'program-changed'; was: string; now: string }
  | { status: 'drifted'; outcome: number; line: number; choice: number | null; expected: string; actual: string }
  | { status: 'changed'; missing: string[]; unexpected: string[]; actual: string; firstDiff: string };

/** What the outcome looks like as a snapshot line (for messages). */
const partsText = (parts: readonly (readonly [string, string])[]): string => parts.map(([n, v]) => `${n} ${JSON.stringify(v)}`).join(', ');

/**
 * Checks a snapshot: the program must be the one it was made from; every witness must
 * replay its outcome, choice by choice; and (with `reexplore`) exploring again with the
 * stored settings must give the same file. `witnesses` limits the replays to those
 * outcomes (0-based), so that a test suite can spread one snapshot's work over workers.
 */
export async function checkOutcomeSnapshot(file: string, reexplore: boolean, witnesses: readonly number[] | null = null): Promise<OutcomeCheck> {
  const snap = parseOutcomeSnapshot(readSnapshot(file), file);
  const scenario = await loadRef(snap);
  if (snap.program !== '-' && scenario.digest !== snap.program) return { status: 'program-changed', was: snap.program, now: scenario.digest };
  const mode = snap.settings.timed ? 'timed' : 'free';
  const target: Target = { scenario, options: runOptionsOf(scenario, snap.options, mode), mode, projection: snap.settings.outcome };
  const paths = new Paths();
  for (const [n, o] of snap.outcomes.entries()) {
    if (witnesses !== null && !witnesses.includes(n)) continue;
    const misfits: Misfit[] = [];
    const r = replay(target, o.witness, paths, false, misfits);
    const labels = choiceLabels(r, paths).slice(0, o.choices);
    const misfit = misfits[0];
    for (let c = 0; c < o.labels.length; c++) {
      if (misfit?.choice === c) {
        return { status: 'drifted', outcome: n + 1, line: o.line, choice: c + 1, expected: `option ${misfit.asked}`, actual: `only ${misfit.options} options` };
      }
      if (labels[c] !== o.labels[c]) {
        return { status: 'drifted', outcome: n + 1, line: o.line, choice: c + 1, expected: o.labels[c]!, actual: labels[c] ?? '(no such choice)' };
      }
    }
    if (o.digest !== null && labelDigest(labels) !== o.digest) {
      return { status: 'drifted', outcome: n + 1, line: o.line, choice: null, expected: `choices with digest ${o.digest}`, actual: `digest ${labelDigest(labels)}` };
    }
    const expected = outcome(o.parts).key;
    if (r.outcome?.key !== expected) {
      return { status: 'drifted', outcome: n + 1, line: o.line, choice: null, expected: partsText(o.parts), actual: r.outcome ? partsText(r.outcome.parts) : 'no outcome' };
    }
  }
  if (!reexplore) return { status: 'same' };
  const actual = renderOutcomeSnapshot(exploreWith(scenario, snap.options, snap.settings), snap.settings, file);
  const text = readSnapshot(file);
  if (actual === text) return { status: 'same' };
  const now = parseOutcomeSnapshot(actual, file);
  const keys = (s: OutcomeSnapshot) => new Map(s.outcomes.map((o) => [outcome(o.parts).key, partsText(o.parts)]));
  const was = keys(snap);
  const is = keys(now);
  return {
    status: 'changed',
    missing: [...was].filter(([k]) => !is.has(k)).map(([, t]) => t),
    unexpected: [...is].filter(([k]) => !was.has(k)).map(([, t]) => t),
    actual,
    firstDiff: firstDifference(text, actual),
  };
}

function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}:\n  expected: ${x[i] ?? '(end of file)'}\n  actual:   ${y[i] ?? '(end of file)'}`;
  }
  return 'identical lines, different bytes';
}

/** Explores with stored settings. */
export function exploreWith(scenario: Scenario, options: RunOptions, s: SnapshotSettings): ExploreResult {
  const opts: ExploreOptions = { strategy: s.strategy, maxRuns: s.maxRuns, timed: s.timed, preemptions: s.preemptions, depth: s.depth, outcome: s.outcome, seed: options.seed };
  return explore(scenario, options, opts);
}

/** Re-explores and rewrites a snapshot file with its stored settings. */
export async function updateOutcomeSnapshot(file: string): Promise<void> {
  const snap = parseOutcomeSnapshot(readSnapshot(file), file);
  const scenario = await loadRef(snap);
  writeFileSync(file, renderOutcomeSnapshot(exploreWith(scenario, snap.options, snap.settings), snap.settings, file));
}

/** A snapshot file's text (a directory in its place is the user's to move). */
function readSnapshot(file: string): string {
  notADirectory(file);
  return readFileSync(file, 'utf8');
}

/** Writes the snapshot of an exploration (to `path`, default its scenario's); returns the path. */
export function writeOutcomeSnapshot(r: ExploreResult, path = outcomeSnapshotPath(r.scenario)): string {
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path)) notADirectory(path);
  writeFileSync(path, renderOutcomeSnapshot(r, snapshotSettings(r), path));
  return path;
}

export const hasOutcomeSnapshot = (scenario: Scenario): boolean => existsSync(outcomeSnapshotPath(scenario));
