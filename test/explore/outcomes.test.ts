/**
 * The outcome snapshots that ship (snapshots/**\/*.outcomes): every witness of every one
 * replays its outcome, choice by choice; the small ones (complete within a few thousand
 * runs) are explored again and must give the same file. `forkscope snapshots` explores
 * them all again.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcomeCheckText } from '../../src/cli/snapshots.js';
import { checkOutcomeSnapshot, parseOutcomeSnapshot } from '../../src/explore/snapshot.js';
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

/** Explorations this small are repeated in the test suite; the rest only by `forkscope snapshots`. */
const REEXPLORE_RUNS = 8000;

describe('shipped outcome snapshots', () => {
  const files = outcomeFiles(SNAPSHOTS_DIR);
  it('exist for the racy scenarios', () => {
    const names = files.map((f) => relative(SNAPSHOTS_DIR, f));
    for (const id of ['kernel/lost-update-3x1', 'kernel/lost-update-3x2', 'kernel/lost-update-2', 'kernel/lost-update-3', 'docs/sync/print-without-lock', 'docs/sync/lock-balance', 'docs/manager/dict-race']) {
      expect(names).toContain(`${id}.outcomes`);
    }
  });
  for (const file of files) {
    const snap = parseOutcomeSnapshot(readFileSync(file, 'utf8'), file);
    const again = snap.complete && snap.runs <= REEXPLORE_RUNS;
    it(`${relative(SNAPSHOTS_DIR, file)}: ${again ? 'explored again, and ' : ''}every witness replays its outcome`, async () => {
      const check = await checkOutcomeSnapshot(file, again);
      if (check.status !== 'same') throw new Error(`${file}\n${outcomeCheckText(check)}  accept with: npm run snapshots:update`);
      expect(check.status).toBe('same');
    });
  }
});
