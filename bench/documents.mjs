/**
 * The documents' 51 examples end to end, as `forkscope run` runs them (no history,
 * no trace: the output format): wall time per scenario, the total and the slowest, against the real time
 * CPython 3.11 needed for the same program (recorded in test/docs/cpython: fork for
 * linux scenarios, spawn for windows ones; a run that hit its timeout is marked).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SCENARIOS_DIR, listScenarioFiles, loadScenario } from '../dist/scenario/load.js';
import { simulate } from '../dist/scenario/simulate.js';

const ms = (x) => `${x.toFixed(1)} ms`;

export default async function benchDocuments() {
  const files = listScenarioFiles().filter((f) => relative(SCENARIOS_DIR, f).startsWith('docs/'));
  const rows = [];
  for (const file of files) {
    const scenario = await loadScenario(file);
    const t0 = process.hrtime.bigint();
    let end;
    try {
      end = simulate(scenario, {}, { history: false, tracing: false }).state.end;
    } catch (e) {
      end = { kind: `error: ${e.message.split('\n')[0]}` };
    }
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const method = scenario.options.platform === 'windows' ? 'spawn' : 'fork';
    const record = new URL(`../test/docs/cpython/${scenario.id.replace(/^docs\//, '')}.${method}.json`, import.meta.url);
    const cpython = existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : null;
    rows.push({ id: scenario.id, wall, end: end.kind, cpython: cpython ? cpython.seconds * 1000 : null, timedOut: cpython?.timed_out ?? false });
  }
  const total = rows.reduce((a, r) => a + r.wall, 0);
  const cpyTotal = rows.reduce((a, r) => a + (r.cpython ?? 0), 0);
  const slow = [...rows].sort((a, b) => b.wall - a.wall).slice(0, 5);
  console.log(`documents' examples (${rows.length} scenarios, canonical options, as forkscope run runs them):`);
  console.log(`  forkscope total ${ms(total)}; CPython needed ${(cpyTotal / 1000).toFixed(1)} s of real time for the same programs`);
  console.log('  slowest in forkscope:');
  for (const r of slow) {
    const cpy = r.cpython === null ? 'no CPython record' : `CPython ${(r.cpython / 1000).toFixed(1)} s${r.timedOut ? ' (hit its timeout)' : ''}`;
    console.log(`    ${r.id.padEnd(44)} ${ms(r.wall).padStart(10)}  (${r.end}; ${cpy})`);
  }
  const failed = rows.filter((r) => r.end.startsWith('error'));
  if (failed.length) console.log(`  ${failed.length} scenario(s) failed to run: ${failed.map((r) => r.id).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDocuments();
