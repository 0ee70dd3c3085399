/**
 * The outcome snapshots that ship (snapshots/**\/*.outcomes). Their witnesses are
 * replayed, and the small complete explorations repeated, by the snapshot shards
 * (test/scenario/snapshot-shard.ts), which find them through their scenarios: so every
 * file here must belong to a scenario. `forkscope snapshots` explores them all again.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasOutcomeSnapshot, outcomeSnapshotPath } from '../../src/explore/snapshot.js';
import { listScenarioFiles, loadScenario } from '../../src/scenario/load.js';
import { SNAPSHOTS_DIR } from '../../src/scenario/snapshot.js';

function outcomeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...outcomeFiles(p));
    else if (name.endsWith('.outcomes')) out.push(p);
  }
  return out;
}

describe('shipped outcome snapshots', () => {
  const files = outcomeFiles(SNAPSHOTS_DIR);
  it('exist for the racy scenarios', () => {
    const names = files.map((f) => relative(SNAPSHOTS_DIR, f));
    for (const id of ['kernel/lost-update-3x1', 'kernel/lost-update-3x2', 'kernel/lost-update-2', 'kernel/lost-update-3', 'races/value-race', 'docs/sync/print-without-lock', 'docs/sync/lock-balance', 'docs/manager/dict-race', 'docs/queue/joinable-queue', 'docs/queue/producer-consumer-values']) {
      expect(names).toContain(`${id}.outcomes`);
    }
  });

  it('each belong to a shipped scenario, whose snapshot shard checks them', async () => {
    const scenarios = await Promise.all(listScenarioFiles().map((f) => loadScenario(f)));
    const checked = scenarios.filter(hasOutcomeSnapshot).map((s) => outcomeSnapshotPath(s));
    expect(checked.sort()).toEqual(files);
  });
});
