/**
 * PCT, probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte,
 * ASPLOS 2010), depth d: every task gets a random priority when it first appears (d and
 * up); the highest-priority task that can go runs; at d-1 random steps (among the
 * `steps` a run takes, estimated from a first run) the task about to run drops to
 * priority 1, 2, ... d-1. A bug that needs d ordering constraints shows up in a run with
 * probability at least 1/(n·k^(d-1)). Run r draws from its own stream (`seed/pct/r`).
 */
import { stream } from '../rng.js';
import type { ChoiceKind } from '../../kernel/chooser.js';
import type { Driver, Execution } from '../execution.js';
import type { Strategy } from '../strategy.js';
import type { RunResult } from '../target.js';
import { boundedChoices } from './bound.js';

export class Pct implements Strategy {
  readonly name = 'pct' as const;
  readonly complete = false;
  private run = 0;

  constructor(
    private readonly seed: number | string,
    readonly depth: number,
    /** How many steps a run takes (the change points fall among them). */
    private readonly steps: number,
    private readonly bound: number | null,
  ) {}

  next(): Driver {
    return this.driver(this.run++);
  }

  /** The driver of run r (runs are independent: any run can be made anywhere). */
  driver(r: number): Driver {
    return new PctDriver(stream(`${this.seed}/pct/${r}`), this.depth, Math.max(1, this.steps), this.bound);
  }

  finished(_r: RunResult): void {}
}

class PctDriver implements Driver {
  private readonly priority = new Map<number, number>();
  /** Step index → which change point it is (1-based). */
  private readonly changes = new Map<number, number>();

  constructor(
    private readonly rng: () => number,
    private readonly depth: number,
    steps: number,
    private readonly bound: number | null,
  ) {
    const points = new Set<number>();
    const want = Math.min(depth - 1, steps);
    while (points.size < want) points.add(Math.floor(rng() * steps));
    [...points].sort((a, b) => a - b).forEach((at, i) => this.changes.set(at, i + 1));
  }

  private prio(tid: number): number {
    let p = this.priority.get(tid);
    if (p === undefined) {
      p = this.depth + this.rng();
      this.priority.set(tid, p);
    }
    return p;
  }

  private highest(ok: number[], who: Int32Array): number {
    let best = ok[0]!;
    for (const c of ok) if (this.prio(who[c]!) > this.prio(who[best]!)) best = c;
    return best;
  }

  pick(at: number, n: number, who: Int32Array, waits: Uint8Array, x: Execution): number {
    // New tasks draw their priorities in candidate order, whatever is picked.
    for (let i = 0; i < n; i++) this.prio(who[i]!);
    const ok = boundedChoices(n, who, waits, x, this.bound);
    const change = this.changes.get(at);
    if (change !== undefined) this.priority.set(who[this.highest(ok, who)]!, change);
    return this.highest(ok, who);
  }

  data(_at: number, _nth: number, _kind: ChoiceKind, n: number): number {
    return Math.floor(this.rng() * n);
  }
}
