/**
 * Streaming formats: a run of ten million events (bench/fixtures/events.ts) through the
 * built command line in every --format, its output thrown away; the peak resident
 * memory of each (the bound: 500 MB, whatever the run's length) and its wall time.
 * Also the cost of driving a run in slices under the watchdog, against stepping it in
 * one go. Runs the built CLI (dist/); wall-clock and memory figures live here, never in tests.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FORMATS = ['output', 'trace', 'json', 'perfetto', 'timeline', 'tree', 'metrics'];
const LIMIT_MB = 500;
const fixture = fileURLToPath(new URL('./fixtures/events.ts', import.meta.url));
const child = fileURLToPath(new URL('./streaming-child.mjs', import.meta.url));

/** Runs the CLI in a child process with stdout to /dev/null; its peak RSS (MB), wall time (s), events and status. */
function measure(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [child, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /^forkscope-bench: maxrss (\d+) events (\d+) status (\d+)$/m.exec(r.stderr ?? '');
  if (!m) throw new Error(`no figures from the child (status ${r.status}):\n${(r.stderr ?? '').slice(-2000)}`);
  return { rssMb: Number(m[1]) / 1024, wall, events: Number(m[2]), status: Number(m[3]) };
}

export default function benchStreaming() {
  console.log(`streaming: ${fixture.replace(/.*\/bench\//, 'bench/')} in every format (stdout to /dev/null), peak resident memory (bound ${LIMIT_MB} MB):`);
  const whole = measure(['--bench-unsliced', 'run', fixture]);
  let worst = 0;
  for (const format of FORMATS) {
    const m = { ...measure(['run', fixture, '--format', format]), events: whole.events };
    worst = Math.max(worst, m.rssMb);
    const ok = m.rssMb < LIMIT_MB ? 'ok' : 'OVER THE BOUND';
    console.log(`  ${format.padEnd(9)} ${m.events.toLocaleString('en-US').padStart(11)} events  ${m.rssMb.toFixed(0).padStart(4)} MB  ${m.wall.toFixed(1).padStart(6)} s  ${(m.events / m.wall / 1e6).toFixed(2)}M events/s  status ${m.status}  ${ok}`);
  }
  console.log(`  worst peak: ${worst.toFixed(0)} MB`);
  // The cost of the CLI's driving (slices, a watchdog per slice, yielding to the event loop):
  // the same 3M-step prefix both ways, alternately, best of three.
  const steps = ['--max-steps', '3000000'];
  let sliced = Infinity;
  let plain = Infinity;
  for (let i = 0; i < 3; i++) {
    sliced = Math.min(sliced, measure(['run', fixture, '--format', 'tree', ...steps]).wall);
    plain = Math.min(plain, measure(['--bench-unsliced', 'run', fixture, ...steps]).wall);
  }
  console.log(`  driving in slices under the watchdog: ${sliced.toFixed(2)} s; stepping in one go: ${plain.toFixed(2)} s (${(((sliced - plain) / plain) * 100).toFixed(1)}%, process start included)`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchStreaming();
