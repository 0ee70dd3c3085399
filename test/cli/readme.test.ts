/**
 * The README's tour shows real output: for every `$ npx forkscope ...` command in its
 * code blocks, what the README prints after it must be what the command prints, as a
 * terminal shows it (the programs' writes in order, then the report). A line `...` in
 * the README stands for lines left out; the lines around it must still appear, in order.
 *
 * A command that is exactly a scenario's snapshot case (`run NAME` with the options of
 * its canonical run or of a variant) is compared with that snapshot's output and report
 * rather than run again: the snapshot tests check that the snapshot is what the run
 * prints, so the run is made once for both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { loadScenario } from '../../src/scenario/load.js';
import { parseOptionWords } from '../../src/scenario/options.js';
import { snapshotCases } from '../../src/scenario/snapshot.js';

interface Shown {
  argv: string[];
  lines: string[];
}

function tourCommands(readme: string): Shown[] {
  const shown: Shown[] = [];
  let fenced = false;
  let current: Shown | null = null;
  for (const line of readme.split('\n')) {
    if (line.startsWith('```')) {
      fenced = !fenced;
      current = null;
      continue;
    }
    if (!fenced) continue;
    const cmd = /^\$ npx forkscope (.*)$/.exec(line);
    if (cmd) {
      current = { argv: cmd[1]!.split(/\s+/), lines: [] };
      shown.push(current);
    } else if (current) current.lines.push(line);
  }
  for (const s of shown) while (s.lines.length > 0 && s.lines[s.lines.length - 1] === '') s.lines.pop();
  return shown;
}

/** Whether `expected` (with `...` gaps, indentation kept) appears in order within `actual`. */
function matchesWithGaps(expected: string[], actual: string[]): boolean {
  let at = 0;
  let gap = false;
  for (const want of expected) {
    if (want.trim() === '...') {
      gap = true;
      continue;
    }
    if (gap) {
      const found = actual.indexOf(want, at);
      if (found < 0) return false;
      at = found + 1;
    } else {
      if (actual[at] !== want) return false;
      at++;
    }
    gap = false;
  }
  return gap || at === actual.length;
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const commands = tourCommands(readme);

/** The snapshot file whose run `argv` is, if it is one (`run NAME` and a case's exact options). */
async function snapshotOf(argv: string[]): Promise<string | null> {
  if (argv[0] !== 'run' || argv.includes('--format')) return null;
  const scenario = await loadScenario(argv[1]!);
  const options = JSON.stringify(parseOptionWords(argv.slice(2)));
  const c = snapshotCases(scenario).find((c) => JSON.stringify(c.options) === options);
  return c && existsSync(c.file) ? c.file : null;
}

/** What a terminal shows of a snapshot's run: its output, then its report. */
function shown(snapshot: string): string {
  const text = readFileSync(snapshot, 'utf8');
  const section = (name: string): string => new RegExp(`^--- ${name} ---\\n([\\s\\S]*?)\\n(?=--- \\w+ ---$)`, 'm').exec(text)?.[1] ?? '';
  return `${section('output')}${section('report')}`;
}

describe("the README's tour", () => {
  it('shows at least the commands of the tour', () => {
    expect(commands.length).toBeGreaterThanOrEqual(6);
  });

  for (const c of commands) {
    it(`forkscope ${c.argv.join(' ')}`, async () => {
      const snapshot = await snapshotOf(c.argv);
      let text: string;
      if (snapshot) text = shown(snapshot);
      else {
        const io = bufferIo();
        await main(c.argv, io);
        text = io.all;
      }
      const actual = text.replace(/\n$/, '').split('\n');
      if (!matchesWithGaps(c.lines, actual)) expect(actual.join('\n')).toBe(c.lines.join('\n'));
    });
  }
});

describe("the README's Vitest example", () => {
  it('is test/readme-example.test.ts, imports aside (so it runs in our suite)', () => {
    const block = /```ts\n(\/\/ counter\.test\.ts[^\n]*\n)([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const file = readFileSync(new URL('../readme-example.test.ts', import.meta.url), 'utf8');
    const body = file.slice(file.indexOf(' */\n') + 4);
    const asInReadme = body.replace("import '../src/vitest.js';", "import 'forkscope/vitest';").replace("from '../src/index.js';", "from 'forkscope';");
    expect(asInReadme).toBe(block![2]);
  });

  it("runs as a user copies it, in a project of its own: a changed outcome set fails with a diff, and 'vitest -u' rewrites the file", () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    expect(existsSync(join(root, 'dist/vitest.js')), 'dist/ is missing: run npm run build').toBe(true);
    const block = /```ts\n(\/\/ counter\.test\.ts[^\n]*\n[\s\S]*?)```/.exec(readme)![1]!;
    // The project: the test file as the README has it, forkscope and vitest installed (linked).
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-vitest-user-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'forkscope'), 'dir');
    symlinkSync(join(root, 'node_modules', 'vitest'), join(dir, 'node_modules', 'vitest'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, 'counter.test.ts'), block);
    // The stored set as our suite's copy of the example writes it, with one outcome changed by hand.
    const stored = readFileSync(new URL('../__outcomes__/counter.outcomes', import.meta.url), 'utf8');
    const edited = stored.replace('  return: "2"\n', '  return: "3"\n');
    expect(edited).not.toBe(stored);
    mkdirSync(join(dir, '__outcomes__'));
    writeFileSync(join(dir, '__outcomes__', 'counter.outcomes'), edited);
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    const vitest = (...args: string[]) =>
      spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...args], { cwd: dir, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
    const failed = vitest();
    expect(failed.status, failed.stderr).toBe(1);
    const said = failed.stdout + failed.stderr;
    expect(said).toContain('Snapshot `loses an update 1` mismatched');
    expect(said).toMatch(/^- {3}return: "3"$/m);
    expect(said).toMatch(/^\+ {3}return: "2"$/m);
    const updated = vitest('-u');
    expect(updated.status, updated.stdout + updated.stderr).toBe(0);
    expect(readFileSync(join(dir, '__outcomes__', 'counter.outcomes'), 'utf8')).toBe(stored);
  });
});
