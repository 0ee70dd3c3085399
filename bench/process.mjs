/**
 * forkscope as users run it: `forkscope run prog.py` (the built binary, a fresh node
 * process with V8's defaults) against `python3 prog.py` (the real CPython binary),
 * whole-process CPU seconds (bench/cpu.mjs), paired runs, the median of REPS.
 *
 *  - the programs of bench/programs/ (CPU-bound teaching programs) and some of the
 *    documents' examples, each compared with CPython running the same file;
 *  - start-up: `print(1)` and `forkscope run docs/process/start-and-join`, beside
 *    `node -e 0` and `python3 -c pass`;
 *  - the fork-scaling series: a multiprocessing program that starts N processes
 *    with a queue and keeps them in a list, N = 10 … 5,000 (forkscope only: CPython
 *    needs real processes, ~30 s of CPU for 1,000 on this machine).
 *
 * Then the targets of issue 11 that the figures miss. `node bench/process.mjs
 * [--quick]` runs it alone (--quick: one run each, the series up to 1,000).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuOf, cpythonBinary, median, paired } from './cpu.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/cli/bin.cjs');
const PROGRAMS_DIR = join(ROOT, 'bench/programs');

/** Documents' examples that end within a second in CPython (the others sleep for seconds). */
export const DOC_EXAMPLES = ['process/start-and-join', 'fork/fork-returns-twice', 'queue/bounded-queue-full', 'pipe/duplex-pipe', 'manager/dict-race'];

export const TARGETS = { ratio: 1.0, startup: 0.25, fork5000: 15, forkGrowth: 1.5 };

/** bench/programs/*.py: name → { file, about } (about: the first comment line). */
export function benchPrograms() {
  const out = {};
  for (const f of readdirSync(PROGRAMS_DIR).filter((n) => n.endsWith('.py')).sort()) {
    const file = join(PROGRAMS_DIR, f);
    const first = readFileSync(file, 'utf8').split('\n')[0];
    out[f.slice(0, -3)] = { file, about: first.replace(/^#\s*/, '') };
  }
  return out;
}

/** The fork-scaling program: N multiprocessing children, a queue, the Process objects kept in a list. */
export function forkProgram(n) {
  return `import multiprocessing as mp

def work(q, i):
    q.put(i * i)

if __name__ == '__main__':
    q = mp.Queue()
    procs = []
    for i in range(${n}):
        p = mp.Process(target=work, args=(q, i))
        p.start()
        procs.append(p)
    total = sum(q.get() for _ in range(${n}))
    for p in procs:
        p.join()
    print(len(procs), total)
`;
}

// --watchdog off: the wall-clock watchdog (10 s without returning to the kernel) can stop a
// CPU-bound program that makes no system call on a loaded machine; it never changes the CPU spent.
const ours = (file) => ['node', BIN, 'run', '--watchdog', 'off', file];
const s = (x) => `${x.toFixed(2)} s`;

export default async function benchProcess({ quick = process.argv.includes('--quick'), inProcess = null } = {}) {
  const py = cpythonBinary();
  if (py === null) {
    console.log('whole-process figures: python3 not found (it runs CPython and measures the children)');
    return;
  }
  const reps = quick ? 1 : 3;
  const misses = [];
  console.log(`forkscope run vs ${py} (whole-process CPU, user + system; paired runs, median of ${reps}; ratio = forkscope / CPython):`);
  const inCol = inProcess !== null;
  console.log(`  ${'program'.padEnd(26)} ${'CPython'.padStart(8)} ${'forkscope'.padStart(9)} ${'ratio'.padStart(6)}${inCol ? '   in-process ratio (enlarged / default young generation)' : ''}`);
  const row = (name, file, target) => {
    const r = paired([py, file], ours(file), reps, { cwd: ROOT });
    const ratio = r.b / r.a;
    const same = r.outA.stdout === r.outB.stdout || !target ? '' : '  (output differs from CPython!)';
    const ip = inCol && inProcess[name] ? `   ${inProcess[name]}` : '';
    console.log(`  ${name.padEnd(26)} ${s(r.a).padStart(8)} ${s(r.b).padStart(9)} ${`${ratio.toFixed(2)}x`.padStart(6)}${ip}${same}`);
    if (target && ratio > TARGETS.ratio) misses.push(`${name}: ${ratio.toFixed(2)}x CPython (target ≤ ${TARGETS.ratio.toFixed(1)}x)`);
    if (same) misses.push(`${name}: output differs from CPython`);
  };
  for (const [name, { file }] of Object.entries(benchPrograms())) row(name, file, true);
  for (const id of DOC_EXAMPLES) row(`docs/${id}`, join(ROOT, 'scenarios/docs', `${id}.py`), false);

  console.log('\nstart-up (whole-process CPU, median):');
  const tmp = mkdtempSync(join(tmpdir(), 'forkscope-bench-'));
  const one = join(tmp, 'print1.py');
  writeFileSync(one, 'print(1)\n');
  const med = (cmd) => median(Array.from({ length: quick ? 1 : 5 }, () => cpuOf(cmd, { cwd: ROOT }).cpu));
  const startup = {
    'node -e 0': med(['node', '-e', '0']),
    'python3 -c pass': med([py, '-c', 'pass']),
    'python3 print(1)': med([py, one]),
    'forkscope run print(1)': med(ours(one)),
    'forkscope run docs/process/start-and-join': med(ours('docs/process/start-and-join')),
  };
  for (const [k, v] of Object.entries(startup)) console.log(`  ${k.padEnd(44)} ${s(v)}`);
  const sj = startup['forkscope run docs/process/start-and-join'];
  if (sj > TARGETS.startup) misses.push(`start-up: start-and-join ${s(sj)} (target ≤ ${s(TARGETS.startup)})`);

  console.log('\nfork scaling: N multiprocessing.Process children with a queue, kept in a list (forkscope run, CPU):');
  const series = quick ? [10, 100, 1000] : [10, 100, 1000, 2000, 5000];
  mkdirSync(tmp, { recursive: true });
  const per = {};
  for (const n of series) {
    const file = join(tmp, `fork${n}.py`);
    writeFileSync(file, forkProgram(n));
    const r = cpuOf(ours(file), { cwd: ROOT });
    const ok = r.status === 0 && r.stdout.startsWith(`${n} `);
    per[n] = r.cpu / n;
    console.log(`  ${String(n).padStart(5)} processes  ${s(r.cpu).padStart(9)}  ${((r.cpu / n) * 1000).toFixed(2).padStart(7)} ms per process${ok ? '' : `  (failed: status ${r.status})`}`);
    if (!ok) misses.push(`fork series: ${n} processes failed`);
    if (n === 5000 && r.cpu > TARGETS.fork5000) misses.push(`fork series: 5,000 processes ${s(r.cpu)} (target ≤ ${TARGETS.fork5000} s)`);
  }
  const last = series[series.length - 1];
  if (per[last] > TARGETS.forkGrowth * per[100]) {
    misses.push(`fork series: ${((per[last] / per[100]) * 100).toFixed(0)}% of the per-process cost at 100 for ${last} (target: within ${TARGETS.forkGrowth}x, independent of earlier children)`);
  }

  console.log(misses.length ? `\ntargets missed (issue 11):\n${misses.map((m) => `  - ${m}`).join('\n')}` : '\nevery target of issue 11 met');
}

if (import.meta.url === `file://${process.argv[1]}`) await benchProcess();
