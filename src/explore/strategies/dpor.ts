/**
 * Optimal DPOR with wakeup trees and sleep sets (Abdulla et al., JACM 2017): one run per
 * class of equivalent executions (same order of every pair of dependent steps), so a
 * 3-process lost update takes 36 runs where its interleavings number 90.
 *
 * The current execution is a path of nodes, one per step. Each node keeps its sleep set
 * (tasks whose next step was explored from here already, or is covered, with that
 * step's footprint) and its wakeup tree (branches still to explore; the first is the one
 * being explored). A run follows a forced prefix — the path to the next branch and that
 * branch's leftmost path — then goes on by preference (the last task if it can go on,
 * else the earliest event) among tasks that are neither waiting nor asleep. When a run
 * ends, each reversible race inserts the sequence that reverses it into the wakeup tree
 * where the race began, unless a sleeping task shows it is covered; then the deepest
 * node with a branch left becomes the branch point of the next run.
 *
 * Decisions inside a step (which waiter gets a lock, how late a timer fires) are not
 * orders of steps: every answer is explored, as a sibling branch of the step.
 *
 * Tasks whose call would wait (blocking.ts) are not candidates: a wait happens only once
 * it can finish, or when nothing else can run (then the run ends in a deadlock).
 *
 * A run cut by its step or time budget leaves steps untaken: the next step of every task
 * with an event pending. What such a step touches is unknown, so it counts as dependent
 * with every step: it races with the last steps of other tasks that do not happen before
 * it, and, when it is a call that may wait, with the latest change of what it waits on
 * before which it would not wait (dependence.ts, pendingRaces). Finishing then means
 * every class of the executions cut at that budget was run: complete up to the budget.
 */
import type { ChoiceKind } from '../../kernel/chooser.js';
import { type Ev, HappensBefore, evOf, gateRaces, reversible, sameEv, unknownEv } from '../dependence.js';
import type { Driver, Execution } from '../execution.js';
import { type Strategy, preferred } from '../strategy.js';
import type { RunResult } from '../target.js';
import { type WuNode, insert, weakInitial } from '../wakeup.js';

interface Node {
  /** Sleeping tasks' next steps (explored siblings included). */
  readonly sleep: Ev[];
  /** Branches to explore from here; [0] is the one the current run took. */
  wut: WuNode[];
}

export class Dpor implements Strategy {
  readonly name = 'dpor' as const;
  complete = false;
  /** The current path: nodes[i] is the point before step i. */
  private nodes: Node[] = [{ sleep: [], wut: [] }];
  /** Steps the next run must take. */
  private prefix: Ev[] = [];
  private started = false;
  /** Runs abandoned because every task that could go was asleep (optimal DPOR should have none). */
  sleepBlocked = 0;
  /** Runs abandoned because a branch could not be followed (its task was waiting or gone). */
  infeasible = 0;

  next(): Driver | null {
    if (this.complete) return null;
    this.started = true;
    return new DporDriver(this.prefix, this.nodes);
  }

  finished(r: RunResult): void {
    if (!this.started) throw new Error('dpor: a run finished that no driver of mine drove');
    const x = r.exec;
    const nodes = this.nodes;
    grow(nodes, x, x.n);
    // Every step taken is the first branch of its node; decisions inside a step add their other answers as siblings.
    for (let i = 0; i < x.n; i++) {
      const node = nodes[i]!;
      const ev = evOf(x, i);
      if (node.wut.length === 0) node.wut.push({ ev, kids: nodes[i + 1]!.wut });
      else if (!sameEv(node.wut[0]!.ev, ev)) throw new Error(`dpor: step ${i} took task ${ev.tid}, but the branch was task ${node.wut[0]!.ev.tid}: the program is not deterministic`);
      // A step a cut run never took, taken now: from here on it is what it touched.
      else if (node.wut[0]!.ev.unknown) node.wut[0] = { ev, kids: node.wut[0]!.kids };
      const forced = i < this.prefix.length ? this.prefix[i]!.data.length : 0;
      for (let d = forced; d < ev.data.length; d++) {
        const n = x.dataN[x.dataStart[i]! + d]!;
        for (let a = ev.data[d]! + 1; a < n; a++) node.wut.push({ ev: { ...ev, data: [...ev.data.slice(0, d), a] }, kids: [] });
      }
    }
    const abandonedAt = x.aborted ? x.n : -1;
    if (x.aborted) {
      if (abandonedAt < this.prefix.length) this.infeasible++;
      else this.sleepBlocked++;
    } else if (this.redundant(x)) {
      this.sleepBlocked++;
    } else {
      this.races(x, r);
    }
    this.backtrack(x, abandonedAt);
  }

  /** Whether a step after the prefix was taken by a sleeping task (it had no other candidate): the run repeats a covered class. */
  private redundant(x: Execution): boolean {
    for (let i = this.prefix.length; i < x.n; i++) if (this.nodes[i]!.sleep.some((q) => q.tid === x.tid[i])) return true;
    return false;
  }

  /** Inserts the reversal of every reversible race, where its first step was taken. */
  private races(x: Execution, r: RunResult): void {
    const state = r.state;
    if (state === null) return;
    const hb = new HappensBefore(x);
    const evs: Ev[] = [];
    for (let i = 0; i < x.n; i++) evs.push(evOf(x, i));
    const pairs = new Map<string, [number, number]>();
    for (const r of [...hb.races(), ...gateRaces(hb, state)]) pairs.set(`${r[1]}.${r[0]}`, r);
    const races = [...pairs.values()].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    for (const [i, j] of races) {
      if (!reversible(x, state, i, j)) continue;
      const v = hb.notdep(i, j).map((k) => evs[k]!);
      const node = this.nodes[i]!;
      if (node.sleep.some((q) => weakInitial(q, v))) continue;
      insert(node.wut, v, 1);
    }
    // A run cut by its budget: the next steps of the tasks that could still go race too.
    for (const [i, t] of hb.pendingRaces(state)) {
      const v = [...hb.after(i).map((k) => evs[k]!), unknownEv(t)];
      const node = this.nodes[i]!;
      if (node.sleep.some((q) => weakInitial(q, v))) continue;
      insert(node.wut, v, 1);
    }
  }

  /**
   * Moves to the deepest node with a branch left: the branch taken there is done (its
   * task sleeps for the branches after it; a branch that could not be followed is
   * dropped). Sets the next prefix, or marks the exploration complete.
   */
  private backtrack(x: Execution, abandonedAt: number): void {
    const nodes = this.nodes;
    let i = abandonedAt >= 0 && abandonedAt < nodes.length && nodes[abandonedAt]!.wut.length > 0 ? abandonedAt : Math.min(x.n, nodes.length - 1) - 1;
    for (; i >= 0; i--) {
      const node = nodes[i]!;
      const done = node.wut.shift();
      if (done && i < x.n) node.sleep.push(evOf(x, i));
      if (node.wut.length > 0) break;
    }
    if (i < 0) {
      this.complete = true;
      this.nodes = [];
      this.prefix = [];
      return;
    }
    nodes.length = i + 1;
    const prefix: Ev[] = [];
    for (let s = 0; s < i; s++) prefix.push(evOf(x, s));
    for (let b: WuNode | undefined = nodes[i]!.wut[0]; b !== undefined; b = b.kids[0]) prefix.push(b.ev);
    this.prefix = prefix;
  }
}

/** Extends the path with nodes up to `n`: a node's sleep set is its parent's, less the tasks the step taken there depends with. */
function grow(nodes: Node[], x: Execution, n: number): void {
  while (nodes.length <= n) {
    const i = nodes.length - 1;
    const parent = nodes[i]!;
    const step = evOf(x, i);
    const branch = parent.wut[0];
    const kids = branch !== undefined && sameEv(branch.ev, step) ? branch.kids : [];
    nodes.push({ sleep: parent.sleep.filter((q) => q.tid !== step.tid && !dependsOn(q, step)), wut: kids });
  }
}

const dependsOn = (q: Ev, step: Ev): boolean => {
  if (q.unknown || step.unknown) return true;
  for (let a = 0; a < q.keys.length; a++) {
    for (let b = 0; b < step.keys.length; b++) if (q.keys[a] === step.keys[b] && (q.writes[a] || step.writes[b])) return true;
  }
  return false;
};

class DporDriver implements Driver {
  constructor(
    private readonly prefix: readonly Ev[],
    private readonly nodes: Node[],
  ) {}

  pick(at: number, n: number, who: Int32Array, waits: Uint8Array, x: Execution): number {
    // Bring the path up to this step (steps with a single candidate made no decision).
    for (let i = Math.max(0, this.nodes.length - 1); i < at; i++) {
      if (i >= this.prefix.length && i < x.n && this.asleep(this.nodes[i]!, x.tid[i]!)) return -1;
      if (this.nodes.length <= i + 1) grow(this.nodes, x, i + 1);
    }
    if (at < this.prefix.length) {
      const want = this.prefix[at]!.tid;
      for (let c = 0; c < n; c++) if (who[c] === want) return waits[c] ? -1 : c;
      return -1;
    }
    const node = this.nodes[at]!;
    const awake = preferred(n, who, (c) => waits[c] === 0 && !this.asleep(node, who[c]!), x.last);
    if (awake >= 0) return awake;
    // Everyone who could go is asleep: every continuation is covered elsewhere.
    for (let c = 0; c < n; c++) if (waits[c] === 0) return -1;
    return 0; // nobody can go: the first blocks, on the way to a deadlock
  }

  data(at: number, nth: number, _kind: ChoiceKind, _n: number, _who: Int32Array): number {
    const forced = at < this.prefix.length ? this.prefix[at]!.data : [];
    return nth < forced.length ? forced[nth]! : 0;
  }

  private asleep(node: Node, tid: number): boolean {
    return node.sleep.some((q) => q.tid === tid);
  }
}
