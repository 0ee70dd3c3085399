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
  /** Priorities by task id (tasks are numbered from 0), drawn when a task first appears. */
  private readonly priority: number[] = [];
  /** The change points: change i + 1 happens at step changes[i] (sorted). */
  private readonly changes: number[];

  constructor(
    private readonly rng: () => number,
    private readonly depth: number,
    steps: number,
    private readonly bound: number | null,
  ) {
    const points = new Set<number>();
    const want = Math.min(depth - 1, steps);
    while (points.size < want) points.add(Math.floor(rng() * steps));
    this.changes = [...points].sort((a, b) => a - b);
  }

  private prio(tid: number): number {
    let p = this.priority[tid];
    if (p === undefined) {
      p = this.depth + this.rng();
      this.priority[tid] = p;
    }
    return p;
  }

  /**
   * The first candidate of highest priority among those a bound allows (`allowed`), or
   * without one among those that would not wait (candidate 0 when all would).
   */
  private highest(n: number, who: Int32Array, waits: Uint8Array, allowed: number[] | null): number {
    const p = this.priority;
    if (allowed !== null) {
      let best = allowed[0]!;
      for (const c of allowed) if (p[who[c]!]! > p[who[best]!]!) best = c;
      return best;
    }
    let best = -1;
    for (let i = 0; i < n; i++) if (waits[i] === 0 && (best < 0 || p[who[i]!]! > p[who[best]!]!)) best = i;
    return best < 0 ? 0 : best;
  }

  pick(at: number, n: number, who: Int32Array, waits: Uint8Array, x: Execution): number {
    // New tasks draw their priorities in candidate order, whatever is picked.
    for (let i = 0; i < n; i++) this.prio(who[i]!);
    // Without a bound no list of candidates is made: every step of every run picks.
    const allowed = this.bound === null ? null : boundedChoices(n, who, waits, x, this.bound);
    const change = this.changes.indexOf(at) + 1;
    if (change > 0) this.priority[who[this.highest(n, who, waits, allowed)]!] = change;
    return this.highest(n, who, waits, allowed);
  }

  data(_at: number, _nth: number, _kind: ChoiceKind, n: number): number {
    return Math.floor(this.rng() * n);
  }
}
