/**
 * Metrics with OSTEP's definitions (chapter 7), derived from the trace, which records
 * every transition (so they exist for any prefix of a run, too):
 *   turnaround = completion - arrival      response = first run - arrival
 *   wait       = time spent ready or interrupted (runnable but not running)
 * plus CPU time and the number of times a task was put on a CPU. Per run: CPU
 * utilisation = busy time / (CPUs x elapsed), throughput = processes finished per second.
 * `--format metrics` prints them with the formulas in its header.
 */
import { allProcs } from '../kernel/state.js';
import type { TraceEvent } from '../kernel/trace.js';
import type { KernelState, Ns, Pid } from '../kernel/types.js';
import { S } from '../kernel/time.js';
import { intervals } from './intervals.js';

export interface ProcMetrics {
  pid: Pid;
  name: string;
  arrival: Ns;
  firstRun: Ns | null;
  completion: Ns | null;
  turnaround: Ns | null;
  response: Ns | null;
  wait: Ns;
  cpu: Ns;
  switches: number;
}

export interface RunMetrics {
  processes: ProcMetrics[];
  elapsed: Ns;
  cpus: number;
  busy: Ns;
  utilisation: number;
  finished: number;
  throughput: number; // per second
  avgTurnaround: Ns | null;
  avgResponse: Ns | null;
  avgWait: Ns;
}

export const METRIC_FORMULAS = [
  'turnaround = completion - arrival',
  'response   = first run - arrival',
  'wait       = time ready or interrupted',
  'cpu        = time running',
  'switches   = times put on a CPU',
  'utilisation = busy CPU time / (CPUs x elapsed); throughput = finished / elapsed',
];

/** Metrics of a run whose trace is `trace` and whose state at its end is `s`. */
export function metrics(s: KernelState, trace: readonly TraceEvent[]): RunMetrics {
  const byPid = new Map<Pid, ProcMetrics>();
  for (const e of trace) {
    if (e.kind === 'create' && e.how !== 'thread') {
      byPid.set(e.child, { pid: e.child, name: e.name, arrival: e.t, firstRun: null, completion: null, turnaround: null, response: null, wait: 0, cpu: 0, switches: 0 });
    }
  }
  let busy = 0;
  for (const lane of intervals(trace, s.clock)) {
    const m = byPid.get(lane.pid);
    if (!m) continue;
    for (const iv of lane.intervals) {
      const d = iv.end - iv.start;
      if (iv.state === 'running') {
        m.cpu += d;
        busy += d;
        m.switches++;
        if (m.firstRun === null || iv.start < m.firstRun) m.firstRun = iv.start;
      } else if (iv.state === 'ready' || iv.state === 'interrupted') {
        m.wait += d;
      }
    }
  }
  for (const p of allProcs(s)) {
    const m = byPid.get(p.pid);
    if (!m) continue;
    m.name = p.name;
    if (p.status !== 'alive') {
      m.completion = p.ended;
      m.turnaround = p.ended - m.arrival;
    }
    if (m.firstRun !== null) m.response = m.firstRun - m.arrival;
  }
  const processes = [...byPid.values()];
  const done = processes.filter((p) => p.turnaround !== null);
  const avg = (xs: number[]): number | null => (xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));
  const elapsed = s.clock;
  return {
    processes,
    elapsed,
    cpus: s.cpus.length,
    busy,
    utilisation: elapsed === 0 ? 0 : busy / (elapsed * s.cpus.length),
    finished: done.length,
    throughput: elapsed === 0 ? 0 : (done.length * S) / elapsed,
    avgTurnaround: avg(done.map((p) => p.turnaround!)),
    avgResponse: avg(processes.filter((p) => p.response !== null).map((p) => p.response!)),
    avgWait: avg(processes.map((p) => p.wait)) ?? 0,
  };
}

const ms = (t: Ns | null): string => (t === null ? '-' : (t / 1e6).toFixed(3));

export function renderMetrics(s: KernelState, trace: readonly TraceEvent[]): string {
  const m = metrics(s, trace);
  const lines = METRIC_FORMULAS.map((f) => `# ${f}`);
  lines.push('# times in ms');
  const head = ['pid', 'name', 'arrival', 'first run', 'completion', 'turnaround', 'response', 'wait', 'cpu', 'switches'];
  const rows = m.processes.map((p) => [
    String(p.pid),
    p.name,
    ms(p.arrival),
    ms(p.firstRun),
    ms(p.completion),
    ms(p.turnaround),
    ms(p.response),
    ms(p.wait),
    ms(p.cpu),
    String(p.switches),
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]): string => r.map((c, i) => (i === 1 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ');
  lines.push(fmt(head), ...rows.map(fmt));
  lines.push(
    '',
    `elapsed ${ms(m.elapsed)} ms on ${m.cpus} CPUs; utilisation ${(m.utilisation * 100).toFixed(1)}%; ` +
      `throughput ${m.throughput.toFixed(2)} processes/s (${m.finished} finished)`,
    `average turnaround ${ms(m.avgTurnaround)} ms, response ${ms(m.avgResponse)} ms, wait ${ms(m.avgWait)} ms`,
  );
  return `${lines.join('\n')}\n`;
}
