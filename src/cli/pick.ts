/** The scenarios that ship, with their titles read from their headers (without loading them), for the picker. */
import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import { SCENARIOS_DIR, listScenarioFiles } from '../scenario/load.js';

export function scenarioEntries(): { id: string; title: string; source: string }[] {
  return listScenarioFiles().map((file) => {
    const source = readFileSync(file, 'utf8');
    const title = extname(file) === '.py' ? /^# forkscope: (.*)$/m.exec(source)?.[1] : /title: ['"`]([^'"`]*)['"`]/.exec(source)?.[1];
    return { id: relative(SCENARIOS_DIR, file).replace(/\.(py|ts)$/, ''), title: title ?? '', source };
  });
}

export async function pickScenario(): Promise<string | null> {
  const { pick } = await import('../tui/picker.js');
  return pick(scenarioEntries());
}
