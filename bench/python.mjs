/**
 * The Python VM against CPython on the same CPU-bound programs (bench/programs/),
 * in-process, and the cost of forking a Python process. Runs the built library (dist/); `npm run bench` imports
 * the default export, `node bench/python.mjs` runs it alone.
 *
 * Timing is wall time of the work only, the best of several runs: for CPython the
 * program is compiled first and `exec`'d between two perf_counter() calls; for
 * forkscope it is `runPython` (a fresh kernel and interpreter each time; the code
 * object is cached, as CPython's .pyc would be). Each of our programs runs in a
 * fresh child node process, once with V8's default young generation and once with a larger one
 * (--min-semi-space-size=32 --max-semi-space-size=64): programs that keep many fresh objects (the f-string
 * list) spend most of their time in scavenges with the default.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpythonBinary } from './cpu.mjs';
import { benchPrograms } from './process.mjs';

const SELF = fileURLToPath(import.meta.url);
/** Each program runs at least REPS times and for at least MIN_MS in all; the best run counts. */
const REPS = 5;
const MIN_MS = 800;

/** The programs of bench/programs/ (the same files bench/process.mjs runs whole), by name. */
export const PROGRAMS = Object.fromEntries(Object.entries(benchPrograms()).map(([name, { file }]) => [name, readFileSync(file, 'utf8')]));

const CPYTHON = `
import io, json, sys, time, contextlib
progs = json.loads(sys.stdin.read())
out = {}
for name, src in progs.items():
    code = compile(src, 'prog.py', 'exec')
    best, total, n = 1e9, 0.0, 0
    while n < ${REPS} or total < ${MIN_MS} / 1000:
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            exec(code, {'__name__': '__main__'})
        dt = time.perf_counter() - t0
        best, total, n = min(best, dt), total + dt, n + 1
    out[name] = best * 1000
print(json.dumps(out))
`;

function cpython() {
  try {
    const out = execFileSync(cpythonBinary() ?? 'python3', ['-c', CPYTHON], { input: JSON.stringify(PROGRAMS), encoding: 'utf8', timeout: 120_000 });
    return JSON.parse(out);
  } catch {
    return null;
  }
}

/** In a worker: times one program (ms), or the fork of a 200-object heap (µs). */
async function worker(what) {
  const { pythonLoader } = await import('../dist/python/index.js');
  const { runPython } = await import('../dist/scenario/python.js');
  const { DEFAULT_PARAMS } = await import('../dist/kernel/params.js');
  if (what === 'fork') {
    process.stdout.write(JSON.stringify(forkCost(pythonLoader, DEFAULT_PARAMS)));
    return;
  }
  const src = PROGRAMS[what];
  let best = Infinity;
  let total = 0;
  for (let i = 0; i < REPS || total < MIN_MS; i++) {
    const t0 = performance.now();
    const r = runPython(src, { maxTime: 1e15 });
    const t = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${what}: exit status ${r.status}\n${r.stderr}`);
    best = Math.min(best, t);
    total += t;
  }
  process.stdout.write(JSON.stringify(best));
}

/**
 * A process whose heap holds 200 objects (instances with attribute dicts, lists,
 * dicts, strs) runs up to its os.fork(); then the address space is forked again and
 * again. The answers to its earlier syscalls are canned (no kernel involved).
 */
function forkCost(pythonLoader, params) {
  const src = `import os
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
heap = []
for i in range(40):
    heap.append(Point(i, i * 2))
    heap.append([i, str(i)])
    heap.append({'k': i})
os.fork()
`;
  const load = pythonLoader({ 'prog.py': src });
  const space = load(
    { kind: 'python', label: 'prog.py', data: JSON.stringify({ main: 'prog.py' }) },
    { pid: 1, tid: 1, ppid: 0, platform: 'linux', seed: 1, params },
  );
  let resume;
  for (;;) {
    const r = space.run(1, 1e12, resume);
    if (r.call === null) continue;
    if (r.call.op === 'fork') break;
    resume = r.call.op === 'fs' && r.call.call.fn === 'stat' ? 'dir' : null;
  }
  const n = 2000;
  for (let i = 0; i < 200; i++) space.fork(1, 2, 2); // warm up
  let best = Infinity;
  for (let rep = 0; rep < REPS; rep++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) space.fork(1, 2, 2);
    best = Math.min(best, ((performance.now() - t0) * 1000) / n);
  }
  return best;
}

/** Our figures, each program in a fresh node process (no heap left over from the previous one). */
function ours(flags) {
  const run = (what) => JSON.parse(execFileSync(process.execPath, [...flags, SELF, '--worker', what], { encoding: 'utf8', timeout: 300_000 }));
  const programs = {};
  for (const name of Object.keys(PROGRAMS)) programs[name] = run(name);
  return { programs, fork: run('fork') };
}

export default async function benchPython() {
  const cp = cpython();
  const big = ours(['--max-semi-space-size=64', '--min-semi-space-size=32']);
  const dflt = ours([]);
  const ms = (x) => `${x.toFixed(1)} ms`.padStart(9);
  const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x`.padStart(6) : '     -');
  console.log(`Python VM vs CPython 3 (wall time of the work, best of at least ${REPS} runs and ${MIN_MS} ms; ratio = forkscope / CPython):`);
  console.log(`  ${'program'.padEnd(18)} ${'CPython'.padStart(9)} ${'forkscope'.padStart(9)} ${'ratio'.padStart(6)}   ${'(default V8 young generation)'}`);
  for (const name of Object.keys(PROGRAMS)) {
    const c = cp?.[name];
    const a = big.programs[name];
    const b = dflt.programs[name];
    console.log(`  ${name.padEnd(18)} ${c ? ms(c) : '        -'} ${ms(a)} ${ratio(a, c)}   (${ms(b).trim()}, ${ratio(b, c).trim()})`);
  }
  if (cp === null) console.log('  (python3 not found: no CPython figures)');
  console.log(`  fork of a process with a 200-object heap: ${big.fork.toFixed(1)} µs (default young generation: ${dflt.fork.toFixed(1)} µs)`);
  const ratios = {};
  for (const name of Object.keys(PROGRAMS)) if (cp?.[name]) ratios[name] = `${ratio(big.programs[name], cp[name]).trim()} / ${ratio(dflt.programs[name], cp[name]).trim()}`;
  return ratios;
}

if (process.argv.includes('--worker')) await worker(process.argv[process.argv.indexOf('--worker') + 1]);
else if (import.meta.url === `file://${process.argv[1]}`) await benchPython();
