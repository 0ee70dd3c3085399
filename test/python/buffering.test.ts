/**
 * Output buffering (--buffering): what each way of running CPython prints, recorded by
 * tools/record-buffering.py (a pipe with PYTHONUNBUFFERED=1, a pipe, a pseudo-terminal),
 * against forkscope's unbuffered, block and line modes. The default mode ('print') writes
 * at once like unbuffered, so it prints the unbuffered text; only the writes' granularity
 * differs (checked on the trace below).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPython } from '../../src/scenario/python.js';
import type { Buffering } from '../../src/kernel/program.js';
import { streamText } from '../../src/render/output.js';

const DIR = new URL('./buffering/', import.meta.url).pathname;
const programs = readdirSync(DIR).filter((n) => n.endsWith('.py')).sort();

describe('output buffering, against CPython', () => {
  it('has programs', () => expect(programs.length).toBeGreaterThan(0));
  for (const name of programs) {
    const source = readFileSync(DIR + name, 'utf8');
    const expected = JSON.parse(readFileSync(DIR + name.replace(/\.py$/, '.expected.json'), 'utf8')) as Record<string, string>;
    for (const [mode, stdout] of Object.entries({ ...expected, print: expected.unbuffered! })) {
      it(`${name} [${mode}]`, () => {
        const r = runPython(source, { filename: name, buffering: mode as Buffering });
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(stdout);
      });
    }
  }
});

describe('the writes each mode makes', () => {
  const writes = (buffering: Buffering, source: string): string[] =>
    runPython(source, { buffering }).kernel.output.filter((w) => w.fd === 1).map((w) => w.text);
  const prog = "import sys\nprint('a', 1, 'b')\nprint('c', end='')\nprint('d')\nsys.stdout.write('e')\nprint('f', 'g', sep='-', flush=True)\nprint('h', end='')\n";

  it('print: the text, then the end', () => {
    expect(writes('print', prog)).toEqual(['a 1 b', '\n', 'c', 'd', '\n', 'e', 'f-g', '\n', 'h']);
  });
  it('unbuffered: every argument, separator and end', () => {
    expect(writes('unbuffered', prog)).toEqual(['a', ' ', '1', ' ', 'b', '\n', 'c', 'd', '\n', 'e', 'f', '-', 'g', '\n', 'h']);
  });
  it('line: a write per line, and at flush and exit', () => {
    expect(writes('line', prog)).toEqual(['a 1 b\n', 'cd\n', 'ef-g\n', 'h']);
  });
  it('block: at flush and exit, and when 8 KiB are held', () => {
    expect(writes('block', prog)).toEqual(['a 1 b\ncd\nef-g\n', 'h']);
    const big = writes('block', "for i in range(1000):\n    print('x' * 19)\n");
    // Written once 8,192 characters are held (the rest at exit).
    expect(big.map((t) => t.length)).toEqual([8199, 8200, 3601]);
    expect(big.join('')).toBe(`${'x'.repeat(19)}\n`.repeat(1000));
  });
  it('a killed process loses what it held; stderr stays line-buffered under block', () => {
    const r = runPython("import os, signal, sys\nprint('kept', flush=True)\nprint('lost')\nsys.stderr.write('err line\\n')\nos.kill(os.getpid(), signal.SIGKILL)\n", { buffering: 'block' });
    expect(streamText(r.kernel.output, 1)).toBe('kept\n');
    expect(r.stderr).toBe('err line\n');
    expect(r.status).toBe(137);
  });
  it('isatty: a terminal unless block (a pipe)', () => {
    const tty = (b: Buffering) => runPython('import sys\nprint(sys.stdout.isatty(), sys.stderr.isatty())\n', { buffering: b }).stdout;
    expect(tty('line')).toBe('True True\n');
    expect(tty('block')).toBe('False False\n');
  });
});
