/**
 * `forkscope snapshots [--update]`: checks (or rewrites) the scenarios' snapshots — the
 * run snapshots (.txt) and the outcome snapshots (.outcomes: every witness replayed,
 * then the exploration run again with the stored settings). A file of the user's with
 * an outcome snapshot and no run snapshot is checked by its outcomes alone (what
 * `forkscope explore FILE --snapshot` made); the scenarios that ship have both.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { type OutcomeCheck, checkOutcomeSnapshot, outcomeSnapshotPath, updateOutcomeSnapshot } from '../explore/snapshot.js';
import { SCENARIOS_DIR, listScenarioFiles, loadScenario, resolveScenario } from '../scenario/load.js';
import { checkCase, snapshotCases, writeCase } from '../scenario/snapshot.js';
import type { Io } from './io.js';

/** What a failed outcome check says, indented under its name. */
export function outcomeCheckText(c: OutcomeCheck): string {
  switch (c.status) {
    case 'same':
      return '';
    case 'program-changed':
      return `  the program changed since the snapshot was made (digest ${c.was}, now ${c.now}); explore it again with --update\n`;
    case 'drifted':
      return c.choice !== null
        ? `  the witness of outcome ${c.outcome} (line ${c.line}) drifted at choice ${c.choice}:\n    expected: ${c.expected}\n    actual:   ${c.actual}\n`
        : `  the witness of outcome ${c.outcome} (line ${c.line}) no longer gives it:\n    expected: ${c.expected}\n    actual:   ${c.actual}\n`;
    case 'changed': {
      const lines = [
        ...c.missing.map((o) => `  missing:    ${o}`),
        ...c.unexpected.map((o) => `  unexpected: ${o}`),
        ...(c.missing.length + c.unexpected.length === 0 ? [`  ${c.firstDiff.replace(/\n/g, '\n  ')}`] : []),
      ];
      return `${lines.join('\n')}\n`;
    }
    default: {
      const never: never = c;
      return JSON.stringify(never);
    }
  }
}

export async function snapshotsCommand(names: string[], update: boolean, io: Io): Promise<number> {
  const files = names.length > 0 ? names.map(resolveScenario) : listScenarioFiles();
  let bad = 0;
  for (const file of files) {
    const scenario = await loadScenario(file);
    const outcomes = outcomeSnapshotPath(scenario);
    const shipped = !relative(SCENARIOS_DIR, scenario.file).startsWith('..');
    const cases = snapshotCases(scenario);
    const outcomesOnly = !shipped && existsSync(outcomes) && cases.every((c) => !existsSync(c.file));
    for (const c of outcomesOnly ? [] : cases) {
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
    if (!existsSync(outcomes)) continue;
    const name = `${scenario.id} (outcomes)`;
    if (update) {
      await updateOutcomeSnapshot(outcomes);
      io.stdout(`updated  ${name}\n`);
      continue;
    }
    const check = await checkOutcomeSnapshot(outcomes, true);
    if (check.status === 'same') {
      io.stdout(`ok       ${name}\n`);
      continue;
    }
    bad++;
    io.stdout(`${check.status === 'program-changed' ? 'program ' : check.status.padEnd(8)} ${name}\n${outcomeCheckText(check)}`);
  }
  if (bad > 0) io.stdout(`${bad} snapshot(s) differ; run 'forkscope snapshots --update' to accept the new ones\n`);
  return bad > 0 ? 1 : 0;
}
