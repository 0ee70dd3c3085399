/**
 * What an exploration's runs found: how many ran and reached an outcome, their classes,
 * the longest, and per outcome how many runs reached it, the first that did and its
 * witness (the fewest preemptions, then the shortest schedule string, then the smallest).
 *
 * A tally of consecutive runs is plain data (`TallyData`): a thread running a chunk of a
 * sampling batch tallies it and sends that back, one small message per chunk instead of
 * an object per run, and the exploring thread merges the chunks in run order. Merging
 * gives what adding the same runs one by one gives: outcomes keep the order in which
 * they first appeared, and the witness order is a total order, so the best of the bests
 * is the best.
 */
import type { Execution } from './execution.js';
import { fingerprint } from './fingerprint.js';
import type { Outcome } from './outcome.js';

export interface Found {
  readonly outcome: Outcome;
  runs: number;
  /** The first run that reached it (1: the tally's first run). */
  first: number;
  witness: string;
  preemptions: number;
}

/** A tally as plain data (what a worker sends back for a chunk). */
export interface TallyData {
  readonly runs: number;
  readonly executions: number;
  readonly longest: number;
  /** Distinct class fingerprints. */
  readonly classes: readonly number[];
  /** In the order the outcomes first appeared. */
  readonly found: readonly Found[];
}

/** Orders witnesses: fewer preemptions, then shorter, then smaller strings. */
export function betterWitness(a: { preemptions: number; witness: string }, b: { preemptions: number; witness: string }): boolean {
  if (a.preemptions !== b.preemptions) return a.preemptions < b.preemptions;
  if (a.witness.length !== b.witness.length) return a.witness.length < b.witness.length;
  return a.witness < b.witness;
}

export class Tally {
  runs = 0;
  /** Runs that reached an outcome (the others were abandoned by their strategy). */
  executions = 0;
  readonly classes = new Set<number>();
  readonly found = new Map<string, Found>();
  /** Steps of the longest run (PCT places its change points among them). */
  longest = 0;

  /**
   * Adds a run (`outcome` null: its strategy abandoned it). Its schedule string is made
   * only when it may be its outcome's witness: a run with more preemptions than the
   * witness so far cannot be, and making the string is a good part of a small run's cost.
   */
  add(x: Execution, outcome: Outcome | null): void {
    this.runs++;
    if (x.n > this.longest) this.longest = x.n;
    if (outcome === null) return;
    this.executions++;
    this.classes.add(fingerprint(x));
    const f = this.found.get(outcome.key);
    if (f === undefined) {
      this.found.set(outcome.key, { outcome, runs: 1, first: this.runs, witness: x.schedule, preemptions: x.preemptions });
      return;
    }
    f.runs++;
    if (x.preemptions > f.preemptions) return;
    const run = { preemptions: x.preemptions, witness: x.schedule };
    if (betterWitness(run, f)) {
      f.witness = run.witness;
      f.preemptions = run.preemptions;
    }
  }

  /** Adds the tally of the runs that came next, as if they were added one by one. */
  merge(t: TallyData): void {
    const before = this.runs;
    this.runs += t.runs;
    this.executions += t.executions;
    if (t.longest > this.longest) this.longest = t.longest;
    for (const c of t.classes) this.classes.add(c);
    for (const g of t.found) {
      const f = this.found.get(g.outcome.key);
      if (f === undefined) {
        this.found.set(g.outcome.key, { ...g, first: before + g.first });
        continue;
      }
      f.runs += g.runs;
      if (betterWitness(g, f)) {
        f.witness = g.witness;
        f.preemptions = g.preemptions;
      }
    }
  }

  /** As plain data, to send to another thread. */
  data(): TallyData {
    return { runs: this.runs, executions: this.executions, longest: this.longest, classes: [...this.classes], found: [...this.found.values()] };
  }
}
