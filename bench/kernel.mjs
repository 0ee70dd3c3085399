/**
 * Kernel throughput: events per second for sleepers and producer/consumer pairs,
 * 10 and 1,000 processes, history on and off; and memory per retained state.
 * Runs the built library (dist/). Wall-clock timing lives here, never in tests.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Kernel } from '../dist/kernel/kernel.js';

/**
 * The programs are minimal address spaces written directly against the kernel's
 * interface (no generators, no message encoding), so the figures are the kernel's own.
 * Each is a tiny state machine: which syscall comes next.
 */
class Program {
  constructor(kind, procs, rounds) {
    Object.assign(this, { kind, procs, rounds, role: 'main', i: 0, q: -1, forked: 0, reaped: 0 });
    this.result = { used: 0, call: null };
  }
  step(call) {
    this.result.call = call;
    return this.result;
  }
  run(_tid, _budget, resume) {
    switch (this.role) {
      case 'main': {
        const children = this.kind === 'pc' ? this.procs / 2 : this.procs;
        if (this.forked < children) {
          this.forked++;
          return this.step({ op: 'fork' });
        }
        if (this.reaped++ < children) return this.step({ op: 'wait', pid: -1, nohang: false });
        return this.step({ op: 'exit', status: 0 });
      }
      case 'sleeper':
        if (this.i++ < this.rounds) return this.step({ op: 'sleep', ns: 1_000_000 + (this.i % 7) * 1000 });
        return this.step({ op: 'exit', status: 0 });
      case 'pair': // a producer: makes its queue, forks its consumer, puts, waits
        if (this.q < 0) {
          if (resume === undefined) return this.step({ op: 'queue', maxsize: 4, label: '' });
          this.q = resume;
          return this.step({ op: 'fork' });
        }
        if (this.i++ < this.rounds) return this.step({ op: 'put', h: this.q, data: 'x', repr: "'x'", timeout: null });
        if (this.i++ === this.rounds + 1) return this.step({ op: 'wait', pid: -1, nohang: false });
        return this.step({ op: 'exit', status: 0 });
      case 'consumer':
        if (this.i++ < this.rounds) return this.step({ op: 'get', h: this.q, timeout: null });
        return this.step({ op: 'exit', status: 0 });
    }
    throw new Error(`bad role ${this.role}`);
  }
  fork() {
    const child = new Program(this.kind, this.procs, this.rounds);
    if (this.role === 'main') child.role = this.kind === 'pc' ? 'pair' : 'sleeper';
    else {
      child.role = 'consumer';
      child.q = this.q;
    }
    return child;
  }
  where() {
    return '';
  }
}

export function machine(kind, procs, rounds, history, tracing = history) {
  return new Kernel({
    loader: () => new Program(kind, procs, rounds),
    main: { kind: 'bench', label: 'bench', data: '' },
    history,
    tracing,
    cpus: 4,
    maxSteps: 1e9,
    maxTime: 1e15,
  });
}

/** CPU seconds of this process while `f` runs: steadier than wall time on a shared machine. */
export function cpuSeconds(f) {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

/** CPU seconds each measurement runs for at least. */
const MIN_CPU = 1.5;

/** Runs the machine again and again until it has used at least MIN_CPU seconds; the rate over all runs. */
function measure(kind, procs, rounds, history) {
  let events = 0;
  let secs = 0;
  do {
    const k = machine(kind, procs, rounds, history);
    secs += cpuSeconds(() => k.run());
    if (k.state.end.kind !== 'done') throw new Error(`bench run ended in ${k.state.end.kind}`);
    events += k.events;
  } while (secs < MIN_CPU);
  return { events, secs, rate: events / secs };
}

/** Bytes each retained state adds: heap with history minus heap without, per step. */
function bytesPerState(kind, procs, rounds) {
  const heap = (history) => {
    global.gc();
    const before = process.memoryUsage().heapUsed;
    const k = machine(kind, procs, rounds, history, false);
    k.run();
    global.gc();
    const used = process.memoryUsage().heapUsed - before;
    return { used, steps: history ? k.history.length : 0, k };
  };
  const off = heap(false);
  const on = heap(true);
  return (on.used - off.used) / on.steps;
}

function simpyRate() {
  try {
    const out = execFileSync('python3', ['-c', SIMPY], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return Number(out.trim());
  } catch {
    return null;
  }
}

const SIMPY = `
import simpy, time
def sleeper(env):
    for i in range(2000):
        yield env.timeout(1 + (i % 7) / 1000)
env = simpy.Environment()
for _ in range(10): env.process(sleeper(env))
t = time.perf_counter(); env.run(); dt = time.perf_counter() - t
print(10 * 2000 * 2 / dt)
`;

/**
 * One measurement in this process (what `node bench/kernel.mjs --one KIND PROCS HISTORY` prints as JSON).
 * Rounds per process: enough for the steady state to dominate process creation and exit, few
 * enough that a run keeping every state fits in memory.
 */
function measureOne(kind, procs, history) {
  const rounds = procs === 10 ? 20_000 : history ? 100 : 500;
  measure(kind, procs, Math.min(rounds, 500), history); // warm up
  global.gc?.();
  return measure(kind, procs, rounds, history);
}

export async function benchKernel() {
  const rows = [];
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  for (const [kind, label] of [['sleep', 'sleepers'], ['pc', 'producer/consumer']]) {
    for (const procs of [10, 1000]) {
      for (const history of [false, true]) {
        // Each configuration in a fresh node process, as a real run is either one or the other:
        // in one process, code that has seen immer's drafts stays slower on plain state.
        const out = execFileSync(process.execPath, ['--expose-gc', SELF, '--one', kind, String(procs), String(history)], { encoding: 'utf8' });
        const r = JSON.parse(out);
        rows.push([`${label}, ${procs} processes, history ${history ? 'on ' : 'off'}`, `${fmt(r.rate)} events/s`, `(${fmt(r.events)} events in ${r.secs.toFixed(2)}s)`]);
      }
    }
  }
  console.log(`kernel throughput (4 CPUs; events per CPU-second, each line a fresh process whose runs repeat for at least ${MIN_CPU} s):`);
  for (const r of rows) console.log(`  ${r[0].padEnd(46)} ${r[1].padStart(20)}  ${r[2]}`);
  if (global.gc) {
    console.log(`  memory per retained state, 10 sleepers:        ${bytesPerState('sleep', 10, 3000).toFixed(0)} bytes`);
    console.log(`  memory per retained state, 10 producer/consumer: ${bytesPerState('pc', 10, 3000).toFixed(0)} bytes`);
  } else {
    console.log('  memory per retained state: run with node --expose-gc');
  }
  const simpy = simpyRate();
  console.log(
    simpy === null
      ? "  SimPy: not installed here (python3 -c 'import simpy' fails), so no side-by-side figure"
      : `  SimPy, 10 sleepers: ${fmt(simpy)} events/s`,
  );
}

const SELF = fileURLToPath(import.meta.url);
if (SELF === process.argv[1]) {
  const i = process.argv.indexOf('--one');
  if (i > 0) {
    const [kind, procs, history] = process.argv.slice(i + 1);
    console.log(JSON.stringify(measureOne(kind, Number(procs), history === 'true')));
  } else await benchKernel();
}
