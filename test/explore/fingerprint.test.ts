/** Class fingerprints: equal exactly when the class strings are equal. */
import { describe, expect, it } from 'vitest';
import { classOf, fingerprint } from '../../src/explore/fingerprint.js';
import { Dfs } from '../../src/explore/strategies/dfs.js';
import { loadScenario } from '../../src/scenario/load.js';
import { programOf, randomSpec } from './programs.js';
import { sweep, target } from './helpers.js';

describe('fingerprint', () => {
  it('agrees with the class string over the first 4,000 schedules (depth first) of the 3x1 lost update and a few random programs', async () => {
    const targets = [target(await loadScenario('kernel/lost-update-3x1')), ...[88, 102, 130, 133].map((seed) => target(programOf(randomSpec(seed))))];
    for (const t of targets) {
      const { results } = sweep(t, new Dfs(null), 4_000);
      const byClass = new Map<string, number>();
      const byPrint = new Map<number, string>();
      for (const r of results) {
        if (r.outcome === null) continue;
        const c = classOf(r.exec);
        const f = fingerprint(r.exec);
        if (byClass.has(c)) expect(byClass.get(c)).toBe(f);
        else byClass.set(c, f);
        if (byPrint.has(f)) expect(byPrint.get(f)).toBe(c);
        else byPrint.set(f, c);
      }
      expect(byClass.size).toBe(byPrint.size);
      expect(results.length).toBeGreaterThan(byClass.size); // many schedules per class
    }
  });
});
