/** `forkscope snapshots [--update]`: checks (or rewrites) the scenarios' snapshots. */
import { listScenarioFiles, loadScenario, resolveScenario } from '../scenario/load.js';
import { checkCase, snapshotCases, writeCase } from '../scenario/snapshot.js';
import type { Io } from './io.js';

export async function snapshotsCommand(names: string[], update: boolean, io: Io): Promise<number> {
  const files = names.length > 0 ? names.map(resolveScenario) : listScenarioFiles();
  let bad = 0;
  for (const file of files) {
    const scenario = await loadScenario(file);
    for (const c of snapshotCases(scenario)) {
      const r = checkCase(c);
      const name = `${scenario.id}${c.variant ? `@${c.variant}` : ''}`;
      if (r.status === 'same') {
        io.stdout(`ok       ${name}\n`);
        continue;
      }
      if (update) {
        writeCase(r);
        io.stdout(`${r.status === 'missing' ? 'written ' : 'updated '} ${name}\n`);
        continue;
      }
      bad++;
      io.stdout(`${r.status.padEnd(8)} ${name}\n${r.firstDiff ? `  ${r.firstDiff.replace(/\n/g, '\n  ')}\n` : ''}`);
    }
  }
  if (bad > 0) io.stdout(`${bad} snapshot(s) differ; run 'forkscope snapshots --update' to accept the new ones\n`);
  return bad > 0 ? 1 : 0;
}
