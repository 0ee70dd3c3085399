/**
 * A program's directory comes with it: `forkscope run dir/main.py` finds the modules and
 * data files beside main.py (under fork and spawn), writes stay in the simulation, and
 * what is too big, hidden or not text stays out (program-dir.ts).
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { DIR_LIMITS, readProgramDir } from '../../src/scenario/program-dir.js';

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'forkscope-dir-'));
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

async function run(...argv: string[]) {
  const io = bufferIo();
  const status = await main(['run', ...argv], io);
  return { status, out: io.out, err: io.err };
}

const MAIN = `import multiprocessing as mp
import os
import tools

if __name__ == '__main__':
    mp.set_start_method(os.environ.get('METHOD', 'fork'))
    with open('data/words.txt') as f:
        words = f.read().split()
    q = mp.Queue()
    p = mp.Process(target=tools.shout, args=(words, q))
    p.start()
    print(q.get())
    p.join()
    with open('made.txt', 'w') as f:
        f.write('virtual')
    print(sorted(os.listdir('.')))
`;

describe('the program directory', () => {
  it('imports sibling modules and reads data files, under fork and spawn; writes stay virtual', async () => {
    const dir = project({
      'main.py': MAIN,
      'tools.py': "print('tools loaded in', __name__, flush=True)\n\ndef shout(ws, q):\n    q.put([w.upper() + '!' for w in ws])\n",
      'data/words.txt': 'hi there\n',
    });
    const fork = await run(join(dir, 'main.py'), '--format', 'output');
    expect(fork.err).toBe('');
    expect(fork.out).toContain("['HI!', 'THERE!']\n['data', 'made.txt', 'main.py', 'tools.py']\n");
    expect(fork.out.match(/tools loaded in tools/g)).toHaveLength(1);
    // Under spawn the child imports tools.py again.
    writeFileSync(join(dir, 'main.py'), MAIN.replace("'fork'", "'spawn'"));
    const spawn = await run(join(dir, 'main.py'), '--format', 'output');
    expect(spawn.out).toContain("['HI!', 'THERE!']\n");
    expect(spawn.out.match(/tools loaded in tools/g)).toHaveLength(2);
    expect(fork.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['data', 'main.py', 'tools.py']);
  });

  it('leaves out hidden folders, caches, files that are not UTF-8 or too large, and stops at the limits', () => {
    const dir = project({
      'main.py': 'print(1)\n',
      '.git/config': 'x',
      '__pycache__/main.cpython-311.pyc': 'x',
      'image.png': Buffer.from([0x89, 0x50, 0xff, 0xfe]),
      'big.csv': 'x'.repeat(2000),
      'a/b/c/deep.txt': 'deep',
      'a/b/shallow.txt': 'shallow',
    });
    const d = readProgramDir(dir, { ...DIR_LIMITS, MAX_FILE: 1000, MAX_DEPTH: 2 });
    expect(Object.keys(d.files)).toEqual(['a/b/shallow.txt', 'main.py']);
    expect(d.dirs).toEqual(['a', 'a/b']);
    expect(d.skipped).toEqual(['big.csv (larger than 1000 bytes)', 'image.png (not UTF-8 text)']);
    const few = readProgramDir(dir, { ...DIR_LIMITS, MAX_FILES: 1 });
    expect(Object.keys(few.files)).toEqual(['a/b/c/deep.txt']);
    expect(few.skipped[0]).toBe('a/b/shallow.txt and what follows (past the 1-file limit)');
  });
});
