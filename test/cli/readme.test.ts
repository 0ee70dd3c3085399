/**
 * The README's tour shows real output: every `$ npx forkscope ...` command in its code
 * blocks is run, and what the README prints after it must be what the command prints
 * (its stdout, then its stderr: the tour's reports all come after the programs' output). A line `...` in the README stands
 * for lines left out; the lines around it must still appear, in order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

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

describe("the README's tour", () => {
  it('shows at least the commands of the tour', () => {
    expect(commands.length).toBeGreaterThanOrEqual(6);
  });

  for (const c of commands) {
    it(`forkscope ${c.argv.join(' ')}`, async () => {
      const io = bufferIo();
      await main(c.argv, io);
      const actual = `${io.out}${io.err}`.replace(/\n$/, '').split('\n');
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
});
