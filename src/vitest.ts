/**
 * `forkscope/vitest`: matchers for the outcome sets `explore` returns. Import it once
 * (or list it in `test.setupFiles`); vitest is an optional peer dependency of forkscope,
 * needed only here.
 *
 *   import 'forkscope/vitest';
 *   const r = await explore(program, { outcome: 'return' });
 *   expect(r).toHaveOutcomes([1, 2, 3]);           // exactly this set
 *   expect(r).toNeverProduce((v) => v === 0);      // fails with a witness
 *   await expect(r).toMatchOutcomeSnapshot('./__outcomes__/counter.outcomes'); // vitest -u updates
 */
import { Snapshots, expect } from 'vitest';
import type { ExploreResult, OutcomeReport } from './explore/explore.js';
import { renderOutcomeSnapshot, snapshotSettings } from './explore/snapshot.js';
import { coverageText } from './render/explore.js';
import { raceText } from './render/race.js';

/** Values compare by their JSON form with object keys sorted. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

function isResult(r: unknown): r is ExploreResult {
  return typeof r === 'object' && r !== null && Array.isArray((r as ExploreResult).outcomes) && 'complete' in r;
}

const notResult = (name: string, r: unknown) => ({
  pass: false,
  message: () => `${name} expects the result of explore(), not ${show(r)}`,
});

/** An outcome, its witness, and how to replay it (`simulate(program, { schedule })` for a program given in code). */
const withWitness = (r: ExploreResult, o: OutcomeReport): string => {
  const fromFile = !r.scenario.file.startsWith('<program');
  const replay = fromFile ? o.replay : `simulate(program, { schedule: '${o.witness}' })`;
  const race = o.race ? `\n      ${raceText(o.race)}` : '';
  return `${show(o.value)}${race}\n      witness ${o.witness} (${o.preemptions} preemption${o.preemptions === 1 ? '' : 's'})\n      replay: ${replay}`;
};

expect.extend({
  /** The explored outcome set is exactly `expected` (as values: see OutcomeReport.value). */
  toHaveOutcomes(received: unknown, expected: readonly unknown[]) {
    if (!isResult(received)) return notResult('toHaveOutcomes', received);
    const want = new Map(expected.map((v) => [canonical(v), v]));
    const got = new Map(received.outcomes.map((o) => [canonical(o.value), o]));
    const missing = [...want].filter(([k]) => !got.has(k)).map(([, v]) => v);
    const unexpected = [...got].filter(([k]) => !want.has(k)).map(([, o]) => o);
    const pass = missing.length === 0 && unexpected.length === 0;
    return {
      pass,
      message: () => {
        if (pass) return `expected the outcomes not to be exactly ${show(expected)}`;
        const lines = [`expected exactly these outcomes (${coverageText(received)}):`];
        for (const v of missing) lines.push(`  - missing:    ${show(v)}`);
        for (const o of unexpected) lines.push(`  + unexpected: ${withWitness(received, o)}`);
        return lines.join('\n');
      },
      actual: received.outcomes.map((o) => o.value),
      expected,
    };
  },

  /** No outcome satisfies `bad`; a failure names the first that does, with its witness. */
  toNeverProduce(received: unknown, bad: (value: unknown) => boolean) {
    if (!isResult(received)) return notResult('toNeverProduce', received);
    const found = received.outcomes.find((o) => bad(o.value));
    return {
      pass: found === undefined,
      message: () =>
        found === undefined
          ? `expected some outcome to match, but none of ${received.outcomes.length} did (${coverageText(received)})`
          : `expected no outcome to match, but this one does (${found.runs} of ${received.executions} runs):\n  ${withWitness(received, found)}`,
    };
  },

  /** The outcome set, stored as a .outcomes file (`vitest -u` rewrites it). */
  async toMatchOutcomeSnapshot(received: unknown, file: string) {
    if (!isResult(received)) return notResult('toMatchOutcomeSnapshot', received);
    const text = renderOutcomeSnapshot(received, snapshotSettings(received));
    return Snapshots.toMatchFileSnapshot.call(this, text, file);
  },
});

declare module 'vitest' {
  interface Matchers<T = any> {
    /** The explored outcome set is exactly `expected`. */
    toHaveOutcomes(expected: readonly unknown[]): T;
    /** No explored outcome satisfies the predicate. */
    toNeverProduce(bad: (value: unknown) => boolean): T;
    /** The outcome set matches the .outcomes file (written by `vitest -u`). */
    toMatchOutcomeSnapshot(file: string): Promise<T>;
  }
}
