/**
 * Every scenario (and each declared variant) against its snapshot in snapshots/.
 * A failure names the first differing line and the command that replays the run;
 * `npm run snapshots:update` accepts new output.
 */
import { describe, expect, it } from 'vitest';
import { listScenarioFiles, loadScenario } from '../../src/scenario/load.js';
import { checkCase, snapshotCases } from '../../src/scenario/snapshot.js';

const files = listScenarioFiles();

describe('scenarios match their snapshots', async () => {
  for (const file of files) {
    const scenario = await loadScenario(file);
    for (const c of snapshotCases(scenario)) {
      it(`${scenario.id}${c.variant ? `@${c.variant}` : ''}`, () => {
        const r = checkCase(c);
        if (r.status === 'missing') throw new Error(`no snapshot at ${c.file}; run: npm run snapshots:update`);
        if (r.status === 'changed') {
          const replay = /^# replay: (.*)$/m.exec(r.actual)?.[1] ?? '';
          throw new Error(`${c.file} differs at ${r.firstDiff}\n  replay: ${replay}\n  accept with: npm run snapshots:update`);
        }
        expect(r.status).toBe('same');
      });
    }
  }
});
