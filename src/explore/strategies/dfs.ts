/**
 * Depth-first search over every decision: each schedule once, no reduction. For timed
 * mode (where swapping two steps shifts every later time, so no two orders are known to
 * be equivalent) and for preemption bounds ("complete up to K preemptions": every
 * schedule with at most K preemptions). Tasks whose call would wait are not picked
 * while another can go; the task that ran last is tried first.
 */
import type { ChoiceKind } from '../../kernel/chooser.js';

const VARIATION: ReadonlySet<ChoiceKind> = new Set<ChoiceKind>(['pace', 'start', 'latency']);
import type { Driver, Execution } from '../execution.js';
import type { Strategy } from '../strategy.js';
import type { RunResult } from '../target.js';
import { boundedChoices } from './bound.js';

/** A decision of the current path: the answers allowed there, in the order tried, and which one is being tried. */
interface Decision {
  readonly allowed: number[];
  pos: number;
}

export class Dfs implements Strategy {
  readonly name = 'dfs' as const;
  complete = false;
  private path: Decision[] = [];

  constructor(private readonly bound: number | null) {}

  next(): Driver | null {
    return this.complete ? null : new DfsDriver(this.path, this.bound);
  }

  finished(r: RunResult): void {
    void r;
    const path = this.path;
    let d = path.length - 1;
    while (d >= 0 && path[d]!.pos + 1 >= path[d]!.allowed.length) d--;
    if (d < 0) {
      this.complete = true;
      return;
    }
    path.length = d + 1;
    path[d]!.pos++;
  }
}

class DfsDriver implements Driver {
  private d = 0;

  constructor(
    private readonly path: Decision[],
    private readonly bound: number | null,
  ) {}

  private decide(allowed: () => number[]): number {
    const i = this.d++;
    if (i < this.path.length) return this.path[i]!.allowed[this.path[i]!.pos]!;
    const decision = { allowed: allowed(), pos: 0 };
    this.path.push(decision);
    return decision.allowed[0]!;
  }

  pick(_at: number, n: number, who: Int32Array, waits: Uint8Array, x: Execution): number {
    return this.decide(() => {
      const ok = boundedChoices(n, who, waits, x, this.bound);
      // The last task first: the first run is the one without preemptions.
      const last = ok.findIndex((c) => who[c] === x.last);
      return last > 0 ? [ok[last]!, ...ok.filter((_, i) => i !== last)] : ok;
    });
  }

  /**
   * The seeded variation of timing (a task's pace, a start-up, a wake-up latency:
   * kernel/variation.ts) stays nominal, not a branch: it is what seeds sample, and
   * enumerating it would multiply every run by its options.
   */
  data(_at: number, _nth: number, kind: ChoiceKind, n: number): number {
    if (VARIATION.has(kind)) return 0;
    return this.decide(() => Array.from({ length: n }, (_, i) => i));
  }
}
