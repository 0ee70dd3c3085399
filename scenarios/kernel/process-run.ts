/**
 * A CPU/I-O mix like OSTEP's process-run.py (chapter 4 homework): three processes
 * with different mixes of CPU bursts and I/O, on one CPU. Each variant runs the
 * same mix under another policy; compare their timelines and metrics
 * (`--format timeline`, `--format metrics`).
 */
import type { ScenarioMeta, Sys } from '../../src/scenario/api.js';

export const scenario: ScenarioMeta = {
  title: 'process-run: a CPU/I-O mix under every policy',
  about: "After OSTEP's process-run.py: a CPU-bound job, an I/O-bound job and a mixed one share one CPU.",
  options: { cpus: 1, policy: 'rr', quantum: '5ms' },
  variants: {
    fifo: { policy: 'fifo' },
    priority: { policy: 'priority' },
    mlfq: { policy: 'mlfq' },
    lottery: { policy: 'lottery' },
    cfs: { policy: 'cfs' },
  },
};

/** A job: a name, a nice value, and its bursts: ['cpu', ms] or ['io', ms]. */
type Job = [string, number, ['cpu' | 'io', number][]];

const JOBS: Job[] = [
  ['cpu-bound', 0, [['cpu', 40]]],
  ['io-bound', -5, [['cpu', 1], ['io', 8], ['cpu', 1], ['io', 8], ['cpu', 1], ['io', 8], ['cpu', 1]]],
  ['mixed', 5, [['cpu', 10], ['io', 15], ['cpu', 10]]],
];

export default function* main(k: Sys) {
  const start = yield* k.time();
  for (const [name, nice, bursts] of JOBS) {
    if ((yield* k.fork()) !== 0) continue;
    yield* k.setname(name);
    yield* k.nice(nice);
    for (const [kind, ms] of bursts) {
      if (kind === 'cpu') yield* k.compute(`${ms}ms`);
      else yield* k.io('disk', `${ms}ms`);
    }
    const done = ((yield* k.time()) - start) / 1e6;
    yield* k.print(`${name.padEnd(9)} finished at ${done.toFixed(3)} ms`);
    return 0;
  }
  for (let i = 0; i < JOBS.length; i++) yield* k.wait();
  return 0;
}
