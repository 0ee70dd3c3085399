/** `forkscope list`: the scenarios that ship with forkscope, with their titles. */
import { relative } from 'node:path';
import { SCENARIOS_DIR, listScenarioFiles, loadScenario } from '../scenario/load.js';
import type { Io } from './io.js';

export async function listCommand(io: Io): Promise<number> {
  const rows: [string, string][] = [];
  for (const file of listScenarioFiles()) {
    const s = await loadScenario(file);
    rows.push([relative(SCENARIOS_DIR, file), s.title]);
  }
  const width = Math.max(...rows.map((r) => r[0].length), 8);
  for (const [id, title] of rows) io.stdout(`${id.padEnd(width)}  ${title}\n`);
  return 0;
}
