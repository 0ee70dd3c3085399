/**
 * Dependence between steps, happens-before, and races: the relations DPOR is built on.
 *
 * Two steps are dependent when they are steps of one task, or they touch one key and at
 * least one of them changes it (reads commute). Happens-before is the order dependence
 * forces on an execution (vector clocks). A race is a pair of dependent steps of two
 * tasks with nothing else ordering them: running them the other way round may give
 * another outcome, when it can be done at all — a task cannot go before the step that
 * creates it, and a call that would wait there (a child not yet exited, a lock still
 * held) cannot go there either (`reversible`).
 */
import { type View, type WaitEnv, liveEnv, waitKeys, waits } from '../kernel/blocking.js';
import { FP, fpId, fpKey, fpKind } from '../kernel/footprint.js';
import { taskAt } from '../kernel/state.js';
import type { KernelState } from '../kernel/types.js';
import type { Execution } from './execution.js';

/** A step as a wakeup tree or a sleep set keeps it: its task, data decisions and footprint. */
export interface Ev {
  readonly tid: number;
  readonly data: readonly number[];
  readonly keys: readonly number[];
  readonly writes: readonly boolean[];
  /**
   * A step never taken (a task's next step when its run was cut by the budget): what it
   * touches is unknown, so it is dependent with every step, and any data decisions match.
   */
  readonly unknown?: true;
}

/** Task `tid`'s next step, never taken: dependent with every step. */
export const unknownEv = (tid: number): Ev => ({ tid, data: [], keys: [], writes: [], unknown: true });

export function evOf(x: Execution, i: number): Ev {
  const a = x.accStart[i]!;
  const b = x.accEnd(i);
  return { tid: x.tid[i]!, data: x.dataOf(i), keys: x.accKey.slice(a, b), writes: x.accWrite.slice(a, b) };
}

/** Whether two recorded steps are dependent. */
export function dependent(a: Ev, b: Ev): boolean {
  if (a.tid === b.tid || a.unknown === true || b.unknown === true) return true;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i]!;
    for (let j = 0; j < b.keys.length; j++) if (b.keys[j] === k && (a.writes[i] || b.writes[j])) return true;
  }
  return false;
}

export const sameEv = (a: Ev, b: Ev): boolean =>
  a.tid === b.tid && (a.unknown === true || b.unknown === true || (a.data.length === b.data.length && a.data.every((d, i) => d === b.data[i])));

/** Whether steps i and j of an execution are dependent. */
export function stepsDependent(x: Execution, i: number, j: number): boolean {
  if (x.tid[i] === x.tid[j]) return true;
  const ai = x.accStart[i]!;
  const bi = x.accEnd(i);
  const aj = x.accStart[j]!;
  const bj = x.accEnd(j);
  for (let p = ai; p < bi; p++) {
    const k = x.accKey[p]!;
    for (let q = aj; q < bj; q++) if (x.accKey[q] === k && (x.accWrite[p] || x.accWrite[q])) return true;
  }
  return false;
}

/**
 * Happens-before over an execution, by vector clocks: `clock[i][t]` is how many steps of
 * task t happen before step i or are step i. `preds[i]` lists the steps of other tasks
 * that step i directly depends on (the last change of each key it touches, and when it
 * changes a key, the reads since).
 */
export class HappensBefore {
  readonly clock: Int32Array[] = [];
  readonly preds: number[][] = [];
  /** For each step, the keys through which each of its direct predecessors precedes it. */
  readonly predKeys: Map<number, number[]>[] = [];
  /** Every change of each key: the step and the index of its access (whose view is the key before the change). */
  readonly writes = new Map<number, { step: number; acc: number }[]>();
  readonly tasks: number;

  constructor(readonly x: Execution) {
    let tasks = 0;
    for (let i = 0; i < x.n; i++) tasks = Math.max(tasks, x.tid[i]! + 1);
    this.tasks = tasks;
    const lastOf: number[] = []; // task → its last step
    const lastWrite = new Map<number, number>();
    const readsSince = new Map<number, number[]>();
    for (let i = 0; i < x.n; i++) {
      const t = x.tid[i]!;
      const c = new Int32Array(tasks);
      const prev = lastOf[t];
      if (prev !== undefined) c.set(this.clock[prev]!);
      const preds: number[] = [];
      const via = new Map<number, number[]>();
      const edge = (p: number, key: number): void => {
        preds.push(p);
        const keys = via.get(p);
        if (keys) keys.push(key);
        else via.set(p, [key]);
      };
      for (let a = x.accStart[i]!; a < x.accEnd(i); a++) {
        const key = x.accKey[a]!;
        const w = lastWrite.get(key);
        if (w !== undefined && x.tid[w] !== t) edge(w, key);
        if (x.accWrite[a]) {
          for (const r of readsSince.get(key) ?? []) if (x.tid[r] !== t) edge(r, key);
          const ws = this.writes.get(key);
          if (ws) ws.push({ step: i, acc: a });
          else this.writes.set(key, [{ step: i, acc: a }]);
          lastWrite.set(key, i);
          readsSince.set(key, []);
        } else {
          const rs = readsSince.get(key);
          if (rs) rs.push(i);
          else readsSince.set(key, [i]);
        }
      }
      for (const p of preds) {
        const pc = this.clock[p]!;
        for (let u = 0; u < tasks; u++) if (pc[u]! > c[u]!) c[u] = pc[u]!;
      }
      c[t] = x.nth[i]! + 1;
      this.clock.push(c);
      this.preds.push([...new Set(preds)].sort((a, b) => a - b));
      this.predKeys.push(via);
      lastOf[t] = i;
    }
  }

  /**
   * The races of the steps a cut run never took (`x.pending`), as pairs [i, t] by i:
   * task t's next step is dependent with every step, so it races with the steps of other
   * tasks that do not happen before it (t's previous step, or the step that created t,
   * and what precedes those) and that no other such step follows in happens-before: the
   * last of them on each path, at most one per task. Reversing one of those runs t's
   * step where it would find everything as at the cut but what that step changed; the
   * steps before it are reached by the races of the runs that take t's step (DPOR's
   * usual induction: the step is then known). Where t's step is a call that may wait,
   * it may wait there yet not earlier: for each key it waits on, the latest change
   * before which it would not wait (and which does not precede it) races with it too, as
   * gateRaces finds for steps that were taken. So a cut run adds O(tasks) races, each
   * found in O(steps x tasks), not one per step it took. `state` is the run's final state.
   */
  pendingRaces(state: KernelState | null): [number, number][] {
    const x = this.x;
    const out: [number, number][] = [];
    x.pending.forEach((t, p) => {
      // What happens before t's next step: its own last step's clock, or its creator's.
      let at = -1;
      for (let i = x.n - 1; i >= 0 && at < 0; i--) if (x.tid[i] === t) at = i;
      if (at < 0) at = this.creator(t);
      const seen = at < 0 ? null : this.clock[at]!;
      const open = (i: number): boolean => x.tid[i] !== t && (seen === null || seen[x.tid[i]!]! <= x.nth[i]!);
      const last: number[] = [];
      for (let i = x.n - 1; i >= 0; i--) {
        if (open(i) && last.every((m) => !this.before(i, m))) {
          last.push(i);
          out.push([i, t]);
        }
      }
      const call = x.pendingCalls[p] ?? null;
      if (state === null || call === null) return;
      const env = liveEnv(state);
      const pid = pidOf(state, t);
      const gates = waitKeys(state, call, pid, env);
      for (const gate of gates ?? []) {
        const ws = this.writes.get(gate) ?? [];
        for (let m = ws.length - 1; m >= 0; m--) {
          const w = ws[m]!.step;
          if (!open(w)) break;
          const before = x.accView[ws[m]!.acc]!;
          const earlier: WaitEnv = { view: (key) => (key === gate ? before : env.view(key)), children: env.children };
          if (waits(state, call, t, pid, earlier)) continue;
          if (!last.includes(w)) out.push([w, t]);
          break;
        }
      }
    });
    return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }

  /** The step that created task t (it wrote t's task key first, with no view before it), or -1. */
  private creator(t: number): number {
    const x = this.x;
    const key = fpKey(FP.task, t);
    for (let i = 0; i < x.n; i++) {
      for (let a = x.accStart[i]!; a < x.accEnd(i); a++) if (x.accKey[a] === key && x.accWrite[a]) return i;
    }
    return -1;
  }

  /** The steps after i that do not happen after it: with a never-taken step after them, the reversal of a pending race. */
  after(i: number): number[] {
    const out: number[] = [];
    for (let k = i + 1; k < this.x.n; k++) if (!this.before(i, k)) out.push(k);
    return out;
  }

  /** Whether step i happens before step j (i < j). */
  before(i: number, j: number): boolean {
    return this.clock[j]![this.x.tid[i]!]! > this.x.nth[i]!;
  }

  /**
   * The races of the execution: pairs [i, j] (i < j) of dependent steps of two tasks
   * such that nothing else orders them (i happens before j only through their own
   * dependence). In order of j, then i.
   */
  races(): [number, number][] {
    const out: [number, number][] = [];
    const x = this.x;
    for (let j = 0; j < x.n; j++) {
      const preds = this.preds[j]!;
      // The step of j's task just before j: i must not reach j through it either.
      const own = x.nth[j]! > 0 ? this.previousOf(j) : -1;
      for (const i of preds) {
        let direct = own < 0 || !this.before(i, own);
        for (const k of preds) if (direct && k !== i && this.before(i, k)) direct = false;
        if (direct) out.push([i, j]);
      }
    }
    return out;
  }

  private prevCache: Int32Array | null = null;

  /** The previous step of step j's task. */
  previousOf(j: number): number {
    if (this.prevCache === null) {
      const x = this.x;
      const prev = new Int32Array(x.n).fill(-1);
      const last: number[] = [];
      for (let i = 0; i < x.n; i++) {
        prev[i] = last[x.tid[i]!] ?? -1;
        last[x.tid[i]!] = i;
      }
      this.prevCache = prev;
    }
    return this.prevCache[j]!;
  }

  /** The steps after i, up to j, that do not happen after i, followed by j: the sequence that reverses the race. */
  notdep(i: number, j: number): number[] {
    const out: number[] = [];
    for (let k = i + 1; k < j; k++) if (!this.before(i, k)) out.push(k);
    out.push(j);
    return out;
  }
}

/** The views step j saw of the keys it touched, and the children a wait of its could reap. */
function seenAt(x: Execution, j: number): { seen: Map<number, View | null>; children: number[] } {
  const seen = new Map<number, View | null>();
  const children: number[] = [];
  const call = x.call[j];
  for (let a = x.accStart[j]!; a < x.accEnd(j); a++) {
    const key = x.accKey[a]!;
    seen.set(key, x.accView[a]!);
    if (fpKind(key) === FP.proc && call?.op === 'wait') children.push(fpId(key));
  }
  return { seen, children };
}

/**
 * Races that go through a gate. A call that waits (an acquire, a get, a wait for a child)
 * depends on every change of what it waits on, so the step that closed the gate (a lock
 * taken, the last item taken) reaches it through the step that opened it again (the
 * release): their race is not direct, yet running the waiting call before the closing
 * step is a real alternative when the gate was open there. For each such call, the
 * latest change of a key it waits on before which it would not have waited, when nothing
 * else orders the two, is a race.
 */
export function gateRaces(hb: HappensBefore, state: KernelState): [number, number][] {
  const x = hb.x;
  const out: [number, number][] = [];
  for (let j = 0; j < x.n; j++) {
    const call = x.call[j];
    if (call === null || call === undefined) continue;
    const { seen, children } = seenAt(x, j);
    const env: WaitEnv = { view: (key) => seen.get(key) ?? null, children: () => children };
    const gates = waitKeys(state, call, x.pid[j]!, env);
    if (gates === null || gates.length === 0) continue;
    for (const gate of gates) {
      const ws = hb.writes.get(gate) ?? [];
      for (let m = ws.length - 1; m >= 0; m--) {
        const w = ws[m]!.step;
        if (w >= j) continue;
        if (x.tid[w] === x.tid[j]) break;
        const before = x.accView[ws[m]!.acc]!;
        const earlier: WaitEnv = { view: (key) => (key === gate ? before : (seen.get(key) ?? null)), children: () => children };
        if (waits(state, call, x.tid[j]!, x.pid[j]!, earlier)) continue;
        if (onlyThroughGates(hb, w, j, gates)) out.push([w, j]);
        break;
      }
    }
  }
  return out;
}

/** Whether step w reaches step j only through the keys j waits on (else j cannot go before w). */
function onlyThroughGates(hb: HappensBefore, w: number, j: number, gates: readonly number[]): boolean {
  const own = hb.x.nth[j]! > 0 ? hb.previousOf(j) : -1;
  if (own >= 0 && (own === w || hb.before(w, own))) return false;
  for (const [p, keys] of hb.predKeys[j]!) {
    if (keys.every((k) => gates.includes(k))) continue;
    if (p === w || hb.before(w, p)) return false;
  }
  return true;
}

/**
 * Whether race [i, j] can be reversed: step j's task exists before step i, and j's call
 * would not wait there. Step j would see every key as it saw it, except those step i
 * changed, which it would see as they were before step i. `state` is the final state of
 * the run (for what does not change: which lock guards a cell, a pipe end's peer).
 */
export function reversible(x: Execution, state: KernelState, i: number, j: number): boolean {
  const tj = x.tid[j]!;
  const taskKey = fpKey(FP.task, tj);
  const before = new Map<number, View | null>();
  for (let a = x.accStart[i]!; a < x.accEnd(i); a++) {
    if (!x.accWrite[a]) continue;
    const key = x.accKey[a]!;
    // Step i created j's task: nothing of it can come first.
    if (key === taskKey && x.accView[a] === null) return false;
    before.set(key, x.accView[a]!);
  }
  const call = x.call[j];
  if (call === null || call === undefined) return true;
  const { seen, children } = seenAt(x, j);
  const env: WaitEnv = {
    view: (key) => (before.has(key) ? before.get(key)! : (seen.get(key) ?? null)),
    children: () => children,
  };
  return !waits(state, call, tj, x.pid[j]!, env);
}

/** The process of task `tid` in a state. */
const pidOf = (state: KernelState, tid: number): number => taskAt(state, tid).pid;
