/**
 * The explorer's report: which strategies ran and why they stopped, the funnel from
 * schedules tried to distinct executions to outcomes, whether the outcome set is
 * complete, a table of outcomes (shortened), and per outcome its racing pair and the
 * command that replays its witness. `exploreDocument` is the whole of it as versioned
 * JSON (schema forkscope.explore/1), outcomes in full.
 *
 * The report's data is plain (the explorer fills it in): renderers never run anything.
 */
import type { Race } from './race.js';
import { raceText } from './race.js';
import { grouped } from './describe.js';

export const EXPLORE_SCHEMA = 'forkscope.explore/1';

export interface PhaseReport {
  readonly strategy: 'dpor' | 'dfs' | 'pct' | 'random';
  readonly depth?: number;
  readonly runs: number;
  readonly budget: number;
  /** Why it stopped: finished, its run budget, the time budget, or the user's Ctrl-C. */
  readonly stop: 'complete' | 'runs' | 'time' | 'interrupted';
  /**
   * Runs that ended on the step or time budget. A systematic phase that finished with such
   * runs is complete up to the budget: every order of the steps a run takes before it.
   */
  readonly cut?: number;
  readonly redundant?: number;
  readonly infeasible?: number;
}

export interface OutcomeEntry {
  /** The outcome's parts: stdout, stderr, exit, lines, return, end. */
  readonly parts: readonly (readonly [string, string])[];
  readonly runs: number;
  readonly first: number;
  readonly witness: string;
  readonly preemptions: number;
  /** The command that replays the witness. */
  readonly replay: string;
  readonly race: Race | null;
}

export interface ExploreReport {
  /** The scenario, as `forkscope run` names it. */
  readonly id: string;
  readonly mode: 'timed' | 'free';
  /** The --outcome projection. */
  readonly outcome: string;
  readonly bound: number | null;
  readonly seed: number | string;
  readonly phases: readonly PhaseReport[];
  readonly complete: boolean;
  readonly runs: number;
  readonly executions: number;
  readonly classes: number;
  readonly outcomes: readonly OutcomeEntry[];
}

const MODES = {
  free: "free mode: every order of the processes' operations that synchronisation allows",
  timed: "timed mode: the cost model's timing, with its ties and wake-ups explored",
};

const STRATEGIES = {
  dpor: 'dpor (one run per class of equivalent executions)',
  dfs: 'dfs (every schedule)',
  pct: 'pct',
  random: 'random walk',
};

const plural = (x: number, word: string, words = `${word}s`): string => `${grouped(x)} ${x === 1 ? word : words}`;

/** Why a phase stopped, in words. */
function stopText(p: PhaseReport, bound: number | null): string {
  switch (p.stop) {
    case 'complete': {
      const done = p.strategy === 'dfs' && bound !== null ? `finished: every schedule with at most ${plural(bound, 'preemption')}` : 'finished';
      return p.cut ? `${done}, up to the budget (${plural(p.cut, 'run')} ended on the step or time budget; orders past it are unexplored)` : done;
    }
    case 'runs':
      return `stopped at its budget of ${plural(p.budget, 'run')}`;
    case 'time':
      return 'stopped: time budget spent';
    case 'interrupted':
      return 'stopped by Ctrl-C';
  }
}

export function phaseText(p: PhaseReport, bound: number | null): string {
  const name = p.strategy === 'pct' ? `pct (depth ${p.depth})` : STRATEGIES[p.strategy];
  const extra = p.redundant || p.infeasible ? ` (${plural(p.redundant ?? 0, 'covered run')}, ${plural(p.infeasible ?? 0, 'branch', 'branches')} that could not be followed)` : '';
  return `${name}: ${plural(p.runs, 'run')}, ${stopText(p, bound)}${extra}`;
}

/** Whether the outcome set is proven whole, or only sampled. */
export function coverageText(r: ExploreReport): string {
  if (r.complete) {
    const cut = r.phases.some((p) => p.stop === 'complete' && (p.cut ?? 0) > 0);
    const limits = [...(r.bound === null ? [] : [plural(r.bound, 'preemption')]), ...(cut ? ['the step and time budget'] : [])];
    return limits.length === 0 ? 'complete' : `complete up to ${limits.join(' and ')}`;
  }
  return 'sampled (other outcomes may exist)';
}

/** An outcome's parts on one line, newlines shown as \n. */
const oneLine = (parts: OutcomeEntry['parts']): string => parts.map(([name, value]) => `${name} ${JSON.stringify(value).slice(1, -1)}`).join(' · ');

/** Characters of what two outcomes share that are kept before the point where they differ. */
const LEAD = 12;

/** How many characters `a` and `b` share at their start. */
function shared(a: string, b: string): number {
  let d = 0;
  while (d < a.length && d < b.length && a[d] === b[d]) d++;
  return d;
}

/**
 * For each text, how far it runs alike with the most similar other one (its longest
 * common prefix with any other: with a neighbour in sorted order).
 */
function alike(texts: readonly string[]): number[] {
  const order = texts.map((_, i) => i).sort((a, b) => (texts[a]! < texts[b]! ? -1 : texts[a]! > texts[b]! ? 1 : a - b));
  const out = texts.map(() => 0);
  for (let k = 1; k < order.length; k++) {
    const a = order[k - 1]!;
    const b = order[k]!;
    const d = shared(texts[a]!, texts[b]!);
    out[a] = Math.max(out[a]!, d);
    out[b] = Math.max(out[b]!, d);
  }
  return out;
}

/**
 * An outcome on one line, cut to `width`; from `from` on (a little before where it first
 * differs from the most similar other outcome) when it is long: outcomes of a racy
 * program often share a long beginning, printed before the race, and the table must
 * show what tells them apart ("...LoopCount: 3\nPid: 24796...").
 */
export function outcomeLine(parts: OutcomeEntry['parts'], width = 64, differsAt = 0): string {
  const text = oneLine(parts);
  if (text.length <= width) return text;
  const from = Math.min(differsAt - LEAD, text.length - (width - 3));
  if (from <= 3) return `${text.slice(0, width - 3)}...`;
  const end = from + width - 3;
  return end >= text.length ? `...${text.slice(text.length - (width - 3))}` : `...${text.slice(from, end - 3)}...`;
}

/** The report's first line (the CLI prints it when the exploration starts). */
export const exploreTitle = (id: string): string => `forkscope explore ${id}\n`;

/** The report; without its first line with `title: false` (printed already). */
export function renderExplore(r: ExploreReport, title = true): string {
  const lines: string[] = [];
  if (title) lines.push(exploreTitle(r.id).trimEnd());
  lines.push(`  ${MODES[r.mode]}${r.outcome !== 'all' ? `; outcome: ${r.outcome}` : ''}`);
  for (const p of r.phases) lines.push(`  ${phaseText(p, r.bound)}`);
  lines.push(
    `  ${plural(r.runs, 'schedule')} tried → ${plural(r.classes, 'distinct execution')} → ${plural(r.outcomes.length, 'outcome')}: ${coverageText(r)}`,
  );
  lines.push('');
  lines.push('   #    runs  first  preemptions  outcome');
  const texts = r.outcomes.map((o) => oneLine(o.parts));
  const differs = alike(texts);
  r.outcomes.forEach((o, i) => {
    lines.push(`${String(i + 1).padStart(4)}  ${grouped(o.runs).padStart(6)}  ${grouped(o.first).padStart(5)}  ${String(o.preemptions).padStart(11)}  ${outcomeLine(o.parts, 64, i === 0 ? 0 : differs[i])}`);
  });
  if (texts.some((t, i) => i > 0 && t.length > 64 && differs[i]! - LEAD > 3)) {
    lines.push('  (a long outcome is shown from a little before where it differs from the most similar other one; --format json has them in full)');
  }
  lines.push('');
  r.outcomes.forEach((o, i) => {
    lines.push(`outcome ${i + 1}: ${i === 0 ? 'the first found' : o.race ? raceText(o.race) : 'no race orders its steps differently from outcome 1'}`);
    lines.push(`  ${o.replay}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The report as one JSON document. */
export function exploreDocument(r: ExploreReport): Record<string, unknown> {
  return {
    schema: EXPLORE_SCHEMA,
    scenario: r.id,
    mode: r.mode,
    outcome: r.outcome,
    bound: r.bound,
    seed: r.seed,
    phases: r.phases,
    complete: r.complete,
    runs: r.runs,
    executions: r.executions,
    classes: r.classes,
    outcomes: r.outcomes.map((o) => ({
      parts: Object.fromEntries(o.parts),
      runs: o.runs,
      first: o.first,
      preemptions: o.preemptions,
      witness: o.witness,
      replay: o.replay,
      race: o.race ? { ...o.race, text: raceText(o.race) } : null,
    })),
  };
}
