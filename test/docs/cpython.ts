/**
 * Comparing a forkscope run of a documents' example with what real CPython did
 * (test/docs/cpython/*.json, recorded by record.py). The runs are not deterministic —
 * pids, dates, interleavings and races differ from run to run — so a comparison finds
 * the strongest of a ladder of levels that holds, from the same text to a documented
 * difference. The expectations table (cpython-expected.ts) names the level each
 * recording must reach; a regression drops a run down the ladder and fails, whatever
 * our own snapshots say.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Scenario } from '../../src/scenario/load.js';
import type { RunOptions } from '../../src/scenario/options.js';

export interface CPythonRun {
  stdout: string;
  stderr: string;
  status: number;
  timed_out: boolean;
  method: 'fork' | 'spawn';
  notes: string[];
}

export const RECORDS = new URL('./cpython/', import.meta.url);

/** The recording of a docs scenario (`docs/process/clock`) under a start method, or null. */
export function record(id: string, method: 'fork' | 'spawn'): CPythonRun | null {
  const file = new URL(`${id.replace(/^docs\//, '')}.${method}.json`, RECORDS);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CPythonRun) : null;
}

/**
 * The ladder, strongest first:
 *   same         the same text once pids, addresses, dates and times are written alike
 *   reordered    the same lines in another order (processes raced differently)
 *   interleaved  the same characters, lines mixed differently (unsynchronised prints
 *                mixing mid-line, as print's separate writes allow)
 *   shape        the same characters once every digit is dropped (racy counts, pids
 *                glued together by mid-line mixing)
 *   subset       every line forkscope printed, CPython printed too (a run that printed
 *                less: a timing-dependent line, or a budget reached earlier)
 *   timeout      both ran until stopped (CPython by its wall-clock timeout, forkscope by
 *                its budget or a deadlock) and forkscope printed only kinds of line
 *                CPython printed
 *   differs      none of these: the expectations table says why
 * The exit status must match (a CPython timeout matches forkscope's 124) for any level
 * but `differs`.
 */
export const LEVELS = ['same', 'reordered', 'interleaved', 'shape', 'subset', 'timeout', 'differs'] as const;
export type Level = (typeof LEVELS)[number];

const DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}/g;

/** Object addresses and ctime dates written alike. */
const plain = (t: string): string => t.replace(DATE, '<date>').replace(/0x[0-9a-f]+/g, '0x…');

/** Pids, object addresses, ctime dates and fractional times written alike. */
export const normalise = (t: string): string => plain(t).replace(/\d+\.\d+/g, '<float>').replace(/\b\d{3,}\b/g, '<n>');

const lineList = (t: string): string[] => normalise(t).split('\n').filter((l) => l !== '');
const sortedLines = (t: string): string => lineList(t).sort().join('\n');
const characters = (t: string): string => [...normalise(t).replace(/\s+/g, '')].sort().join('');
/** The characters but digits (pids glued together by mixing stay comparable); null when nothing is left. */
const shape = (t: string): string | null => {
  const rest = plain(t).replace(/[\s\d]+/g, '');
  return rest === '' ? null : [...rest].sort().join('');
};

/** Whether the lines of `a` are a sub-multiset of those of `b`. */
function linesWithin(a: string, b: string): boolean {
  const bag = new Map<string, number>();
  for (const l of lineList(b)) bag.set(l, (bag.get(l) ?? 0) + 1);
  for (const l of lineList(a)) {
    const n = bag.get(l) ?? 0;
    if (n === 0) return false;
    bag.set(l, n - 1);
  }
  return true;
}

/** The strongest level at which `ours` (one stream) matches CPython's text of it. */
function streamLevel(ours: string, theirs: string, timedOut: boolean): Level {
  if (normalise(ours) === normalise(theirs)) return 'same';
  if (sortedLines(ours) === sortedLines(theirs)) return 'reordered';
  if (characters(ours) === characters(theirs)) return 'interleaved';
  const s = shape(ours);
  if (s !== null && s === shape(theirs)) return 'shape';
  if (linesWithin(ours, theirs)) return 'subset';
  if (timedOut) {
    const kinds = new Set(lineList(theirs));
    if (lineList(ours).every((l) => kinds.has(l))) return 'timeout';
  }
  return 'differs';
}

const rank = (l: Level): number => LEVELS.indexOf(l);

/** The level a run (stdout, stderr, exit status) reaches against a recording (`stdoutOnly`: stderr not compared). */
export function compare(run: { stdout: string; stderr: string; status: number }, r: CPythonRun, stdoutOnly = false): Level {
  const statusOk = run.status === r.status || (r.timed_out && run.status === 124);
  if (!statusOk) return 'differs';
  const a = streamLevel(run.stdout, r.stdout, r.timed_out);
  const b = stdoutOnly ? 'same' : streamLevel(run.stderr, r.stderr, r.timed_out);
  return rank(a) >= rank(b) ? a : b;
}

/** Whether `got` is at least as strong as `want`. */
export const atLeast = (got: Level, want: Level): boolean => rank(got) <= rank(want);

/** The options a recording of `method` stands for: the scenario's own, or its header's variant for the other platform on top. */
export function recordOptions(s: Scenario, method: 'fork' | 'spawn'): RunOptions {
  const platform = method === 'spawn' ? 'windows' : 'linux';
  return (s.options.platform ?? 'linux') === platform ? {} : { platform, ...(s.variants[platform] ?? {}) };
}
