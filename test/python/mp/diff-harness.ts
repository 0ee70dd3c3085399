/**
 * The multiprocessing differential corpus (test/python/mp/diff/cases): each program run
 * under the start methods it was recorded with (FORKSCOPE_START_METHOD in the
 * simulated os.environ), on a 2-CPU machine like the recording one, compared with
 * CPython 3.11's `<name>.<method>.expected.json` after the shared normalisation.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runPython } from '../../../src/scenario/python.js';
import type { Kernel } from '../../../src/kernel/kernel.js';
import { procOf } from '../../../src/kernel/state.js';
import { wifsignaled, wtermsig } from '../../../src/kernel/syscalls.js';
import { type Expected, observed, siblingsOf } from '../diff-harness.js';

export type Method = 'fork' | 'spawn';

export interface MpCase {
  /** `<topic>/<name>`. */
  name: string;
  file: string;
  method: Method;
  expected: Expected;
}

const ROOT = new URL('./diff/cases/', import.meta.url).pathname;

export function listMpCases(dir = ROOT): MpCase[] {
  const out: MpCase[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) {
        if (!p.endsWith('.files')) walk(p); // a multi-file case's siblings are not cases
      } else if (entry.endsWith('.py')) {
        for (const method of ['fork', 'spawn'] as Method[]) {
          const exp = p.replace(/\.py$/, `.${method}.expected.json`);
          if (!existsSync(exp)) continue;
          out.push({ name: p.slice(dir.length).replace(/\.py$/, ''), file: p, method, expected: JSON.parse(readFileSync(exp, 'utf8')) as Expected });
        }
      }
    }
  };
  walk(dir);
  return out;
}

/** The status subprocess reports for the main process: its exit code, or -signal when a signal ended it (the shell's 128 + signal). */
function cpythonStatus(kernel: Kernel, status: number): number {
  const main = procOf(kernel.state, kernel.mainPid);
  return main.status !== 'alive' && wifsignaled(main.wstatus) ? -wtermsig(main.wstatus) : status;
}

export function runMpCase(c: MpCase): Expected {
  const stdinFile = c.file.replace(/\.py$/, '.stdin');
  const r = runPython(readFileSync(c.file, 'utf8'), {
    filename: basename(c.file),
    stdin: existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : '',
    env: { FORKSCOPE_START_METHOD: c.method },
    cpus: 2,
    dir: siblingsOf(c.file),
  });
  return observed(c.expected, r.stdout, r.stderr, cpythonStatus(r.kernel, r.status));
}
