/**
 * Witnesses: replaying a schedule string as an exploration run, and explaining an
 * outcome by its racing pair — two dependent steps of two tasks that its witness runs
 * in the other order than the first outcome's witness does ("1003 wrote counter after
 * 1002 read it"). The words are made in render/explore.ts.
 */
import { parseSchedule } from '../kernel/chooser.js';
import { FP, fpId, fpKind } from '../kernel/footprint.js';
import { findObj, taskAt } from '../kernel/state.js';
import { objRef } from '../kernel/trace.js';
import type { KernelState } from '../kernel/types.js';
import { type Race, type Thing, thingName } from '../render/race.js';
import { HappensBefore } from './dependence.js';
import type { Driver, Execution, Paths } from './execution.js';
import { type RunResult, type Target, execute } from './target.js';

export type { Race, RaceSide, Thing } from '../render/race.js';

/** A feeder decision of a run (ipc/queue.ts): in step `at`, its `nth` decision, answered `c` (1: the poll came first), the putter's task. */
interface FeederDecision {
  readonly at: number;
  readonly nth: number;
  readonly c: number;
  readonly putter: number;
}

/** A choice of a schedule string that asked for an option the run did not have there (it took option 0). */
export interface Misfit {
  /** The choice's index in the schedule (0-based). */
  readonly choice: number;
  readonly asked: number;
  readonly options: number;
}

/**
 * A driver that replays a schedule string's choices, in order, then takes option 0.
 * Given `feeders`, it lists there the feeder decisions it answers; given `misfits`, the
 * choices it could not follow (a witness of another version of the program).
 */
export function replayDriver(schedule: string, feeders?: FeederDecision[], misfits?: Misfit[]): Driver {
  const choices = parseSchedule(schedule).choices;
  let i = 0;
  const next = (n: number): number => {
    const c = i < choices.length ? choices[i]! : 0;
    if (c >= n) misfits?.push({ choice: i, asked: c, options: n });
    i++;
    return c < n ? c : 0;
  };
  return {
    pick: (_at, n) => next(n),
    data: (at, nth, kind, n, who) => {
      const c = next(n);
      if (kind === 'feeder') feeders?.push({ at, nth, c, putter: who[1]! });
      return c;
    },
  };
}

/**
 * Runs the target under a schedule string. `views: false` leaves out the state of each
 * key a step touched, which only race finding reads (choiceLabels reads the keys alone).
 */
export const replay = (t: Target, schedule: string, paths: Paths, views = true, misfits?: Misfit[]): RunResult =>
  execute(t, replayDriver(schedule, undefined, misfits), paths, views);

function thingOf(key: number, state: KernelState, paths: Paths): Thing {
  const id = fpId(key);
  switch (fpKind(key)) {
    case FP.obj:
    case FP.refs: {
      const o = findObj(state, id);
      const obj = o ? objRef(o) : { id, kind: 'queue' as const, label: '' };
      return { kind: fpKind(key) === FP.obj ? 'object' : 'handles', obj };
    }
    case FP.proc:
      return { kind: 'process', pid: id };
    case FP.task:
      return { kind: 'task', pid: -1 };
    case FP.out:
      return { kind: 'output', fd: id };
    case FP.stdin:
      return { kind: 'stdin' };
    case FP.file:
      return { kind: 'file', path: paths.pathOf(key) ?? `#${id}` };
    case FP.ids:
      return { kind: 'pids' };
    default:
      return { kind: 'objects' };
  }
}

/** The key steps i and j of `x` conflict on, with their access modes (the first, in i's order). */
function conflictKey(x: Execution, i: number, j: number): { key: number; wi: boolean; wj: boolean } | null {
  for (let a = x.accStart[i]!; a < x.accEnd(i); a++) {
    for (let b = x.accStart[j]!; b < x.accEnd(j); b++) {
      if (x.accKey[a] === x.accKey[b] && (x.accWrite[a] || x.accWrite[b])) return { key: x.accKey[a]!, wi: x.accWrite[a]!, wj: x.accWrite[b]! };
    }
  }
  return null;
}

/**
 * How telling a race on a thing is: on something the program named (a shared value, a
 * lock, a queue it labelled) first, then the terminal, files and processes, then
 * unnamed objects (the plumbing of a library: pipes inside a Pool or a Manager).
 */
function rank(t: Thing): number {
  switch (t.kind) {
    case 'object':
      return t.obj.label ? 0 : 3;
    case 'output':
    case 'file':
    case 'stdin':
      return 1;
    case 'process':
      return 2;
    case 'handles':
      return 4;
    default:
      return 5;
  }
}

/**
 * A race of `witness`'s run that `base`'s run orders the other way (or does not run at
 * all): the most telling one (see rank), and among those the first in the witness's
 * order; null when there is none.
 */
export function racingPair(t: Target, base: string, witness: string, paths: Paths): Race | null {
  const fa: FeederDecision[] = [];
  const fb: FeederDecision[] = [];
  const a = execute(t, replayDriver(base, fa), paths);
  const b = execute(t, replayDriver(witness, fb), paths);
  if (b.state === null) return null;
  const x = b.exec;
  const pos = new Map<string, number>();
  for (let i = 0; i < a.exec.n; i++) pos.set(`${a.exec.tid[i]}.${a.exec.nth[i]}`, i);
  const hb = new HappensBefore(x);
  let best: Race | null = null;
  let bestRank = Infinity;
  for (const [i, j] of hb.races()) {
    const pi = pos.get(`${x.tid[i]}.${x.nth[i]}`);
    const pj = pos.get(`${x.tid[j]}.${x.nth[j]}`);
    if (pi !== undefined && pj !== undefined && pi < pj) continue;
    const c = conflictKey(x, i, j);
    if (c === null) continue;
    const thing = thingOf(c.key, b.state, paths);
    if (thing.kind === 'task') continue; // creation and signals show as what they did to a process
    const r = rank(thing);
    if (r >= bestRank) continue;
    bestRank = r;
    best = { thing, earlier: { pid: x.pid[i]!, call: x.call[i] ?? null, write: c.wi }, later: { pid: x.pid[j]!, call: x.call[j] ?? null, write: c.wj } };
    if (r === 0) break;
  }
  return best ?? feederRace(a, fa, b, fb);
}

/**
 * When no two steps race, a poll of a queue and a feeder thread may: the first feeder
 * decision of the witness's run (`b`) answered otherwise than at the same poll of the
 * base run (`a`; a poll that decided nothing there found the item written). The put
 * whose item it was is the putter's last put on the queue before the poll.
 */
function feederRace(a: RunResult, fa: readonly FeederDecision[], b: RunResult, fb: readonly FeederDecision[]): Race | null {
  const x = b.exec;
  const state = b.state!;
  const before = new Map<string, number>();
  for (const d of fa) before.set(`${a.exec.tid[d.at]}.${a.exec.nth[d.at]}.${d.nth}`, d.c);
  for (const d of fb) {
    if ((before.get(`${x.tid[d.at]}.${x.nth[d.at]}.${d.nth}`) ?? 0) === d.c) continue;
    const poll = x.call[d.at];
    const h = poll && 'h' in poll ? poll.h : -1;
    const q = findObj(state, h);
    const putter = taskAt(state, d.putter).pid;
    let put = d.at - 1;
    while (put >= 0 && !(x.pid[put] === putter && x.call[put]?.op === 'put' && (x.call[put] as { h: number }).h === h)) put--;
    if (q === undefined || put < 0) continue;
    const polled = { pid: x.pid[d.at]!, call: poll ?? null, write: false, role: 'poll' as const };
    const wrote = { pid: putter, call: x.call[put]!, write: true, role: 'feeder' as const };
    const thing = { kind: 'object' as const, obj: objRef(q) };
    return d.c === 1 ? { thing, earlier: polled, later: wrote } : { thing, earlier: wrote, later: polled };
  }
  return null;
}

/** A step in a few words: `1002 cread counter`, `1001 fork`, `1003 timer`. */
export function stepLabel(x: Execution, i: number, state: KernelState, paths: Paths): string {
  const call = x.call[i];
  const op = call ? call.op : 'timer';
  let what = '';
  for (let a = x.accStart[i]!; a < x.accEnd(i) && what === ''; a++) {
    const kind = fpKind(x.accKey[a]!);
    if (kind === FP.task || kind === FP.ids || kind === FP.objids) continue;
    what = thingName(thingOf(x.accKey[a]!, state, paths));
  }
  return what ? `${x.pid[i]} ${op} ${what}` : `${x.pid[i]} ${op}`;
}

/**
 * One label per choice of a finished run, in schedule order: the step a decision
 * between tasks started, or `… option d` for a decision inside a step.
 */
export function choiceLabels(r: RunResult, paths: Paths): string[] {
  const x = r.exec;
  const out: string[] = [];
  if (r.state === null) return out;
  for (let i = 0; i < x.n; i++) {
    const label = stepLabel(x, i, r.state, paths);
    if (x.candLen[i]! > 0) out.push(label);
    for (let d = x.dataStart[i]!; d < x.dataEnd(i); d++) out.push(`${label}: option ${x.data[d]} of ${x.dataN[d]}`);
  }
  return out;
}
