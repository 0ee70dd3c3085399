/**
 * The explorer: DPOR's runs on the lost update (exact class counts), runs per second of
 * the sampling strategies with one thread per core (the issue's figure, over 300,000 runs
 * so that worker start-up does not dominate) and with one, the same for a Python race,
 * and PCT's hit rate. Runs the built library (dist/). Wall-clock timing lives here,
 * never in tests.
 */
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../dist/scenario/load.js';
import { explore } from '../dist/explore/explore.js';
import { exploreParallel } from '../dist/explore/parallel.js';
import { Paths } from '../dist/explore/execution.js';
import { execute } from '../dist/explore/target.js';
import { Pct } from '../dist/explore/strategies/pct.js';

const fmt = (n) => Math.round(n).toLocaleString('en-US');
/** The 1-minute load average: every figure is printed beside it (on a shared machine it decides the wall-clock rates). */
const load = () => `load ${loadavg()[0].toFixed(1)}`;
/** Wall-clock seconds, CPU seconds of the whole process (every thread), and the result. */
const seconds = async (f) => {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = await f();
  const d = process.cpuUsage(c);
  return [(performance.now() - t) / 1000, r, (d.user + d.system) / 1e6];
};

async function dpor(id) {
  const sc = await loadScenario(id);
  const [s, r] = await seconds(() => explore(sc, {}, { strategy: 'dpor', outcome: { kind: 'stdout' } }));
  const outcomes = r.outcomes.map((o) => o.parts[0][1].trim().replace('counter = ', '')).sort().join(', ');
  return `  ${id.padEnd(26)} ${fmt(r.runs).padStart(6)} runs, ${fmt(r.classes).padStart(6)} classes, outcomes {${outcomes}}, ${r.complete ? 'complete' : 'incomplete'}, ${s.toFixed(2)} s (${fmt(r.runs / s)} runs/s)`;
}

/** Runs per second of a sampling strategy with `workers` threads (worker start-up included): wall-clock, and per CPU-second. */
async function rate(id, strategy, runs, workers) {
  const sc = await loadScenario(id);
  const [s, r, cpu] = await seconds(() => exploreParallel(sc, {}, { strategy, maxRuns: runs }, workers));
  return { rate: r.runs / s, perCpu: r.runs / cpu, runs: r.runs, s, outcomes: r.outcomes.length };
}

async function pctHits() {
  const sc = await loadScenario('kernel/lost-update-3x2');
  const t = { scenario: sc, options: { maxSteps: 100000 }, mode: 'free', projection: { kind: 'stdout' } };
  const paths = new Paths();
  const steps = execute(t, { pick: () => 0, data: () => 0 }, paths).exec.n;
  let hits = 0;
  const needed = [];
  for (let seed = 1; seed <= 100; seed++) {
    const pct = new Pct(seed, 3, steps, null);
    for (let r = 0; r < 1000; r++) {
      const run = execute(t, pct.driver(r), paths);
      if (run.outcome?.parts[0][1] === 'counter = 2\n') {
        hits++;
        needed.push(r + 1);
        break;
      }
    }
  }
  needed.sort((a, b) => a - b);
  return `  pct depth 3, 3x2 lost update, rarest outcome (counter = 2): found within 1,000 runs on ${hits} of 100 seeds (median ${needed[Math.floor(needed.length / 2)]} runs, worst ${needed.at(-1)})`;
}

export default async function benchExplore() {
  const cores = availableParallelism();
  console.log('explorer: dpor, one run per class (free mode; counts are exact, times are wall-clock):');
  console.log(await dpor('kernel/lost-update-3x1'));
  console.log(await dpor('kernel/lost-update-3x2'));
  console.log(
    `explorer: runs per second with ${cores} threads (this one and ${cores - 1} worker${cores === 2 ? '' : 's'}) — the issue's figure — beside 1 thread; worker start-up included, so the TS runs are 300,000 (as \`forkscope explore kernel/lost-update-3x1 --strategy random --max-runs 300000\`); per CPU-second counts every thread's CPU; the load average is read before each pair (on a busy machine the wall-clock figures measure the load):`,
  );
  for (const [id, strategy, runs] of [
    ['kernel/lost-update-3x1', 'random', 300_000],
    ['kernel/lost-update-3x1', 'pct', 300_000],
    ['races/value-race', 'random', 300],
  ]) {
    const before = load();
    const all = await rate(id, strategy, runs, cores);
    const one = await rate(id, strategy, runs, 1);
    console.log(
      `  ${`${id}, ${strategy}`.padEnd(32)} ${cores} threads ${fmt(all.rate).padStart(7)} runs/s (${fmt(all.perCpu)} per CPU-s); 1 thread ${fmt(one.rate).padStart(7)} runs/s (${fmt(one.perCpu)} per CPU-s)  [${fmt(runs)} runs, ${all.outcomes} outcomes, ${before}]`,
    );
  }
  console.log(await pctHits());
}

if (fileURLToPath(import.meta.url) === process.argv[1]) await benchExplore();
