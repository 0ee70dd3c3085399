/**
 * Random walk: at every decision, a seeded uniform choice among the tasks that can go
 * (and among the answers of a decision inside a step). Run r draws from its own stream
 * (`seed/random/r`), so runs do not depend on one another. With a preemption bound, a
 * walk that has used it up keeps the last task going while it can.
 */
import { stream } from '../rng.js';
import type { ChoiceKind } from '../../kernel/chooser.js';
import type { Driver, Execution } from '../execution.js';
import type { Strategy } from '../strategy.js';
import type { RunResult } from '../target.js';
import { boundedChoices } from './bound.js';

export class RandomWalk implements Strategy {
  readonly name = 'random' as const;
  readonly complete = false;
  private run = 0;

  constructor(
    private readonly seed: number | string,
    private readonly bound: number | null,
  ) {}

  next(): Driver {
    return this.driver(this.run++);
  }

  /** The driver of run r (runs are independent: any run can be made anywhere). */
  driver(r: number): Driver {
    return new RandomDriver(stream(`${this.seed}/random/${r}`), this.bound);
  }

  finished(_r: RunResult): void {}
}

class RandomDriver implements Driver {
  constructor(
    private readonly rng: () => number,
    private readonly bound: number | null,
  ) {}

  pick(_at: number, n: number, who: Int32Array, waits: Uint8Array, x: Execution): number {
    if (this.bound !== null) {
      const ok = boundedChoices(n, who, waits, x, this.bound);
      return ok[Math.floor(this.rng() * ok.length)]!;
    }
    // The same draw as boundedChoices' list would give, without making the list (every step of every run picks).
    let free = 0;
    for (let i = 0; i < n; i++) if (waits[i] === 0) free++;
    if (free === 0) return 0;
    let nth = Math.floor(this.rng() * free);
    for (let i = 0; ; i++) if (waits[i] === 0 && nth-- === 0) return i;
  }

  data(_at: number, _nth: number, _kind: ChoiceKind, n: number): number {
    return Math.floor(this.rng() * n);
  }
}
