/**
 * Runaway programs (issue: robustness): a fork bomb and allocations without end, run as
 * users run them (`forkscope run`, default limits and budgets). Each must end as the
 * guest's own error (BlockingIOError at the process limit, MemoryError at the memory
 * limits) or in the budget report, within 10 s of CPU and 1 GB of resident memory: the
 * host process never dies. Prints CPU (user + system), wall time, peak RSS, the exit
 * status and the guest's last error line, and the targets it misses.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuOf } from './cpu.mjs';

const BIN = fileURLToPath(new URL('../dist/cli/bin.cjs', import.meta.url));
const TARGET = { cpu: 10, rssMb: 1024 };

/** The programs, each with the guest error (or errors) its stderr's last error line must be. */
export const RUNAWAYS = {
  'fork bomb': { source: 'import os\nwhile True:\n    os.fork()\n', error: 'BlockingIOError: [Errno 11] Resource temporarily unavailable' },
  'list(itertools.count())': { source: 'import itertools\nlist(itertools.count())\n', error: 'MemoryError' },
  's = s + s': { source: 's = "ab"\nwhile True:\n    s = s + s\n', error: 'MemoryError' },
  'x = x * x': { source: 'x = 3\nwhile True:\n    x = x * x\n', error: 'MemoryError' },
  'dict grown in a loop': { source: 'd = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n', error: 'MemoryError' },
  'x = [x] chain': { source: 'x = None\nwhile True:\n    x = [x]\n', error: 'MemoryError' },
  // Each process builds a 20,000-list chain, then forks: the chains grow with every
  // generation until forks fail (ENOMEM) and allocations raise MemoryError; the bomb dies out.
  'allocating fork bomb': {
    source: 'import os\nx = None\nwhile True:\n    for i in range(20000):\n        x = [x]\n    os.fork()\n',
    error: ['OSError: [Errno 12] Cannot allocate memory', 'MemoryError'],
  },
};

export default function benchLimits() {
  const tmp = mkdtempSync(join(tmpdir(), 'forkscope-limits-'));
  const misses = [];
  console.log(`runaway programs (forkscope run, default limits; target ≤ ${TARGET.cpu} s of CPU and ≤ ${TARGET.rssMb} MB resident, ending in the guest's error):`);
  console.log(`  ${'program'.padEnd(26)} ${'CPU'.padStart(7)} ${'wall'.padStart(7)} ${'peak RSS'.padStart(9)} ${'exit'.padStart(5)}  last guest error`);
  for (const [name, { source, error }] of Object.entries(RUNAWAYS)) {
    const file = join(tmp, `${name.replace(/\W+/g, '-')}.py`);
    const errFile = `${file}.stderr`;
    writeFileSync(file, source);
    const t0 = process.hrtime.bigint();
    const r = cpuOf(['node', BIN, 'run', file], { stderr: errFile });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const rssMb = r.maxrssKb / 1024;
    const errors = readFileSync(errFile, 'utf8').split('\n').filter((l) => /^[A-Za-z]+(Error|Exception)\b/.test(l));
    const last = errors.at(-1) ?? '(none)';
    console.log(`  ${name.padEnd(26)} ${`${r.cpu.toFixed(1)} s`.padStart(7)} ${`${wall.toFixed(1)} s`.padStart(7)} ${`${rssMb.toFixed(0)} MB`.padStart(9)} ${String(r.status).padStart(5)}  ${last}`);
    if (r.cpu > TARGET.cpu) misses.push(`${name}: ${r.cpu.toFixed(1)} s of CPU (target ≤ ${TARGET.cpu} s)`);
    if (rssMb > TARGET.rssMb) misses.push(`${name}: ${rssMb.toFixed(0)} MB resident (target ≤ ${TARGET.rssMb} MB)`);
    const expected = [error].flat();
    if (!expected.includes(last)) misses.push(`${name}: ended with ${last}, not ${expected.join(' or ')}`);
  }
  console.log(misses.length === 0 ? '  every target met' : `  targets missed:\n${misses.map((m) => `    - ${m}`).join('\n')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchLimits();
