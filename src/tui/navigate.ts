/**
 * Moves through time that need a search: the next step of a process, the next
 * breakpoint, the next search match — each forward or backward, answered from the
 * session's recording (no re-execution until the jump itself).
 */
import type { TraceEvent } from '../kernel/trace.js';
import type { Pid } from '../kernel/types.js';
import { describeEvent } from '../render/trace.js';
import type { Session } from './session/session.js';

export type Dir = 1 | -1;

/** Event kinds a breakpoint can stop at. */
export const BREAK_KINDS = ['fork', 'exit', 'zombie', 'reap', 'block', 'wake', 'signal', 'print', 'deadlock'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];

const KIND_TEST: Record<BreakKind, (e: TraceEvent) => boolean> = {
  fork: (e) => e.kind === 'create' && (e.how === 'fork' || e.how === 'spawn'),
  exit: (e) => e.kind === 'exit',
  zombie: (e) => e.kind === 'exit',
  reap: (e) => e.kind === 'reap',
  block: (e) => e.kind === 'block',
  wake: (e) => e.kind === 'wake',
  signal: (e) => e.kind === 'signal',
  print: (e) => e.kind === 'write',
  deadlock: (e) => e.kind === 'end' && e.end.kind === 'deadlock',
};

export interface Breakpoints {
  /** 'file.py:12' */
  lines: ReadonlySet<string>;
  kinds: ReadonlySet<BreakKind>;
  procs: ReadonlySet<Pid>;
}

/** The first event index in direction dir (from the current step, exclusive) that `test` accepts, or -1. */
function findEvent(s: Session, dir: Dir, test: (e: TraceEvent) => boolean): number {
  const [from, to] = s.currentEvents;
  const trace = s.trace;
  if (dir === 1) {
    for (let i = to; i < trace.length; i++) if (test(trace.at(i))) return i;
  } else {
    for (let i = from - 1; i >= 0; i--) if (test(trace.at(i))) return i;
  }
  return -1;
}

/** The position of the next (or previous) step with an event of `pid`, or null. */
export function stepOfProcess(s: Session, pid: Pid, dir: Dir): number | null {
  const i = findEvent(s, dir, (e) => e.pid === pid || (e.kind === 'create' && e.child === pid) || (e.kind === 'reap' && e.child === pid));
  return i < 0 ? null : s.stepOfEvent(i);
}

/** A breakpoint hit: the position, and the process that hit it. */
export interface Hit {
  step: number;
  pid: Pid;
  /** Which breakpoint: 'zombie', 'process 1002', 'file.py:12'. */
  what: string;
}

/** The next (or previous) breakpoint hit, or null. */
export function nextBreak(s: Session, bp: Breakpoints, dir: Dir): Hit | null {
  let best: Hit | null = null;
  const better = (p: number): boolean => best === null || (dir === 1 ? p < best.step : p > best.step);
  if (bp.kinds.size > 0 || bp.procs.size > 0) {
    const kinds = [...bp.kinds];
    let what = '';
    const i = findEvent(s, dir, (e) => {
      if (bp.procs.has(e.pid)) what = `process ${e.pid}`;
      else what = kinds.find((k) => KIND_TEST[k](e)) ?? '';
      return what !== '';
    });
    if (i >= 0) best = { step: s.stepOfEvent(i), pid: s.trace.pidAt(i), what };
  }
  if (bp.lines.size > 0) {
    const hits = s.stepsAt((loc) => bp.lines.has(loc));
    const h = dir === 1 ? hits.find((x) => x.step > s.position) : hits.filter((x) => x.step < s.position).pop();
    if (h !== undefined && better(h.step)) best = { step: h.step, pid: h.pid, what: h.loc };
  }
  return best;
}

/** The position of the next (or previous) event or write whose text contains `text`, or null. */
export function searchStep(s: Session, text: string, dir: Dir): number | null {
  const needle = text.toLowerCase();
  const i = findEvent(s, dir, (e) => describeEvent(e).toLowerCase().includes(needle));
  let best = i < 0 ? null : s.stepOfEvent(i);
  const out = s.output;
  if (dir === 1) {
    for (let w = s.writesDone; w < out.length; w++) {
      if (out[w]!.text.toLowerCase().includes(needle)) {
        const p = s.stepOfWrite(w);
        if (best === null || p < best) best = p;
        break;
      }
    }
  } else {
    for (let w = Math.min(s.writesDone, out.length) - 1; w >= 0; w--) {
      const p = s.stepOfWrite(w);
      if (p >= s.position) continue;
      if (out[w]!.text.toLowerCase().includes(needle)) {
        if (best === null || p > best) best = p;
        break;
      }
    }
  }
  return best;
}
