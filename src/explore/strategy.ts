/**
 * The strategy interface: a strategy hands out one driver per run, learns from each
 * finished run, and says when it has run every class of executions it set out to.
 * One file per strategy under strategies/: dpor (optimal DPOR: one run per class of
 * equivalent executions), dfs (every schedule, for timed mode and preemption bounds),
 * pct (probabilistic concurrency testing, depth d) and random (a seeded walk).
 *
 * A strategy's runs are a pure function of the target, its options and the results it
 * was given, in order: explorations are reproducible, on any machine and with any
 * number of workers.
 */
import type { Driver } from './execution.js';
import type { RunResult } from './target.js';

export type StrategyName = 'dpor' | 'dfs' | 'pct' | 'random';

export interface Strategy {
  readonly name: StrategyName;
  /** The driver of the next run, or null when nothing is left to run (see `complete`). */
  next(): Driver | null;
  /** The run the last driver drove, finished or abandoned. */
  finished(r: RunResult): void;
  /** Whether every class it explores has been run (sampling strategies never are). */
  readonly complete: boolean;
}

/** Preference among the candidates of a decision: the task that ran last when it can go on (no preemption), else the earliest. */
export function preferred(n: number, who: Int32Array, ok: (i: number) => boolean, last: number): number {
  for (let i = 0; i < n; i++) if (who[i] === last && ok(i)) return i;
  for (let i = 0; i < n; i++) if (ok(i)) return i;
  return -1;
}
