/** Running strategies directly on a scenario, for the explorer's tests. */
import { Paths } from '../../src/explore/execution.js';
import { classOf } from '../../src/explore/fingerprint.js';
import type { Projection } from '../../src/explore/outcome.js';
import type { Strategy } from '../../src/explore/strategy.js';
import { type RunResult, type Target, execute } from '../../src/explore/target.js';
import type { ScheduleMode } from '../../src/kernel/chooser.js';
import type { Program } from '../../src/scenario/api.js';
import type { Scenario } from '../../src/scenario/load.js';
import { programScenario } from '../../src/scenario/program.js';

export const target = (program: Program | Scenario, mode: ScheduleMode = 'free', projection: Projection = { kind: 'all' }): Target => ({
  scenario: typeof program === 'function' ? programScenario(program) : program,
  options: {},
  mode,
  projection,
});

export interface Sweep {
  runs: number;
  executions: number;
  complete: boolean;
  /** Outcome keys and class strings of the runs that ended. */
  outcomes: Set<string>;
  classes: Set<string>;
  results: RunResult[];
}

/** Runs a strategy to its end (or `max` runs). */
export function sweep(t: Target, s: Strategy, max = 100_000): Sweep {
  const paths = new Paths();
  const out: Sweep = { runs: 0, executions: 0, complete: false, outcomes: new Set(), classes: new Set(), results: [] };
  while (out.runs < max) {
    const d = s.next();
    if (d === null) break;
    const r = execute(t, d, paths);
    s.finished(r);
    out.runs++;
    out.results.push(r);
    if (r.outcome === null) continue;
    out.executions++;
    out.outcomes.add(r.outcome.key);
    out.classes.add(classOf(r.exec));
  }
  out.complete = s.complete;
  return out;
}

export const stdoutOf = (key: string): string => (JSON.parse(key) as [string, string][]).find(([n]) => n === 'stdout')?.[1] ?? '';
