/**
 * Snapshots: the golden record of a scenario under its canonical options (and each
 * declared variant) — the command, the schedule, how it ended, the terminal output,
 * the end report, the process tree and the trace. A run that drifts from its snapshot
 * fails its test, which prints the command that replays it; `forkscope snapshots
 * --update` rewrites them.
 *
 * Long traces are stored as their head and tail plus a digest of the whole trace, so
 * the files stay readable while any drift anywhere is still caught.
 */
import { createRequire } from 'node:module';

/** node:crypto, loaded on first use (loading it is ~10 ms of every start, which most commands do not need). */
const crypto = (): typeof import('node:crypto') => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { terminalText } from '../render/output.js';
import { endReport } from '../render/report.js';
import { renderTrace, traceLine } from '../render/trace.js';
import type { TraceEvent, TraceSink } from '../kernel/trace.js';
import { renderTree } from '../render/tree.js';
import { UserError } from './errors.js';
import type { Scenario } from './load.js';
import type { RunOptions } from './options.js';
import { type Simulation, simulate } from './simulate.js';

export const SNAPSHOTS_DIR = fileURLToPath(new URL('../../snapshots/', import.meta.url));

/** Trace events kept at each end of a long trace. */
const HEAD = 400;
const TAIL = 100;

export interface SnapshotCase {
  scenario: Scenario;
  /** null: the canonical options; otherwise the variant's name. */
  variant: string | null;
  options: RunOptions;
  file: string;
}

export function snapshotCases(scenario: Scenario, dir = SNAPSHOTS_DIR): SnapshotCase[] {
  const cases: SnapshotCase[] = [{ scenario, variant: null, options: {}, file: join(dir, `${scenario.id}.txt`) }];
  for (const [name, options] of Object.entries(scenario.variants)) {
    cases.push({ scenario, variant: name, options, file: join(dir, `${scenario.id}@${name}.txt`) });
  }
  return cases;
}

/**
 * Keeps what a snapshot shows of a trace — its first and last events — and a digest
 * of all of it, so that runs of millions of events take no memory. The digest covers
 * each event's `--format trace` line: what a person reads of the trace, independent of
 * how events are represented in memory.
 */
export class DigestSink implements TraceSink {
  readonly head: TraceEvent[] = [];
  private readonly ring: TraceEvent[] = [];
  length = 0;
  private readonly hash = crypto().createHash('sha256');
  /** Lines not yet hashed: one update per batch instead of one per event. */
  private pending: string[] = [];

  push(e: TraceEvent): void {
    this.pending.push(traceLine(e));
    if (this.pending.length === 1024) this.flush();
    if (this.length < HEAD) this.head.push(e);
    else this.ring[(this.length - HEAD) % TAIL] = e;
    this.length++;
  }

  /** The events after the head that are kept, in order. */
  tail(): TraceEvent[] {
    const n = this.length - HEAD;
    if (n <= 0) return [];
    if (n <= TAIL) return this.ring.slice(0, n);
    const start = n % TAIL;
    return [...this.ring.slice(start), ...this.ring.slice(0, start)];
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.hash.update(`${this.pending.join('\n')}\n`);
    this.pending = [];
  }

  digest(): string {
    this.flush();
    return this.hash.copy().digest('hex').slice(0, 16);
  }
}

export function runCase(c: SnapshotCase): { sim: Simulation; trace: DigestSink } {
  const trace = new DigestSink();
  return { sim: simulate(c.scenario, c.options, { history: false, traceSink: trace, scheduleOnly: true }), trace };
}

export function renderSnapshot(c: SnapshotCase, sim: Simulation, trace: DigestSink): string {
  const end = sim.state.end!;
  const lines = (events: TraceEvent[]): string[] => renderTrace(events).trimEnd().split('\n');
  const tail = trace.tail();
  const omitted = trace.length - trace.head.length - tail.length;
  const kept = [
    ...lines(trace.head),
    ...(omitted > 0 ? [`    ... ${omitted} events omitted (the digest covers them) ...`] : []),
    ...lines(tail).slice(1),
  ];
  const digest = trace.digest();
  const report = endReport(sim);
  const out = terminalText(sim.output);
  const parts = [
    `# forkscope snapshot: ${c.scenario.id}${c.variant ? ` (variant ${c.variant})` : ''}`,
    `# ${c.scenario.title}`,
    `# replay: ${sim.replay}`,
    `# end: ${end.kind}, exit status ${end.status}; ${trace.length} events; trace digest ${digest}`,
    '--- output ---',
    out === '' || out.endsWith('\n') ? out : `${out}\n(no newline at end of output)\n`,
    ...(report ? ['--- report ---', report] : []),
    '--- tree ---',
    renderTree(sim.state),
    '--- trace ---',
    `${kept.join('\n')}\n`,
  ];
  return parts.join('\n');
}

export interface SnapshotResult {
  case: SnapshotCase;
  status: 'same' | 'changed' | 'missing';
  actual: string;
  expected: string | null;
  /** The first differing line, for the failure message. */
  firstDiff: string | null;
  /** The run itself (its output, per stream, for further checks). */
  sim: Simulation;
}

export function checkCase(c: SnapshotCase): SnapshotResult {
  const { sim, trace } = runCase(c);
  const actual = renderSnapshot(c, sim, trace);
  if (!existsSync(c.file)) return { case: c, status: 'missing', actual, expected: null, firstDiff: null, sim };
  notADirectory(c.file);
  const expected = readFileSync(c.file, 'utf8');
  if (expected === actual) return { case: c, status: 'same', actual, expected, firstDiff: null, sim };
  return { case: c, status: 'changed', actual, expected, firstDiff: firstDifference(expected, actual), sim };
}

/** A snapshot path taken by a directory is the user's to fix, named as such (outcome snapshots too). */
export function notADirectory(file: string): void {
  if (statSync(file).isDirectory()) throw new UserError(`${file} is a directory, where the snapshot file should be; move it away`);
}

export function writeCase(r: SnapshotResult): void {
  mkdirSync(dirname(r.case.file), { recursive: true });
  if (existsSync(r.case.file)) notADirectory(r.case.file);
  writeFileSync(r.case.file, r.actual);
}

function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}:\n  expected: ${x[i] ?? '(end of file)'}\n  actual:   ${y[i] ?? '(end of file)'}`;
  }
  return 'identical lines, different bytes';
}
