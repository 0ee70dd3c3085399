/** `forkscope check FILE...`: the TypeScript error itself, before running; a Python file's compile errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'forkscope-check-'));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('forkscope check', () => {
  it('names each scenario ok, or its TypeScript errors at their place (one program for all the files)', async () => {
    const typo = write('typo.ts', "import type { Sys } from 'forkscope';\n\nexport default function* main(k: Sys) {\n  yield* k.slep('1ms');\n}\n");
    const nostar = write('nostar.ts', "import type { Sys } from 'forkscope';\n\nexport default function* main(k: Sys) {\n  yield k.sleep('1ms');\n}\n");
    const good = write('good.ts', "import type { Sys } from 'forkscope';\n\nexport default function* main(k: Sys) {\n  yield* k.sleep('1ms');\n  return 3;\n}\n");
    const py = write('good.py', 'print(1)\n');
    const io = bufferIo();
    expect(await main(['check', typo, nostar, good, py], io)).toBe(1);
    expect(io.out).toBe(`${py}: ok\n${good}: ok\n`);
    expect(io.err).toMatch(new RegExp(`^${typo.replace(/[.]/g, '\\.')}:4:12: error TS2551: Property 'slep' does not exist on type .*Did you mean 'sleep'\\?$`, 'm'));
    expect(io.err).toContain(`forkscope: 1 type error in ${typo}\n`);
    expect(io.err).toContain(`${nostar}: the default export: error TS2322: is not a forkscope Program:`);
    expect(io.err).toContain("Type 'Op<null>' is not assignable to type 'Step'.");
    expect(io.err).toContain(`forkscope: 1 type error in ${nostar}\n`);
  });

  it("a Python program's compile error is one line", async () => {
    const bad = write('bad.py', 'x = (\n');
    const io = bufferIo();
    expect(await main(['check', bad], io)).toBe(1);
    expect(io.err).toBe(`forkscope: ${bad}:1:5: SyntaxError: '(' was never closed\n`);
  });
});
