/**
 * Metrics with OSTEP's definitions (chapter 7), derived from the trace, which records
 * every transition (so they exist for any prefix of a run, too):
 *   turnaround = completion - arrival      response = first run - arrival
 *   wait       = time spent ready or interrupted (runnable but not running)
 * plus CPU time and the number of times a task was put on a CPU. Per run: CPU
 * utilisation = busy time / (CPUs x elapsed), throughput = processes finished per second.
 */
import { intervals } from '../render/intervals.js';
import { allProcs } from './state.js';
import type { TraceEvent } from './trace.js';
import type { KernelState, Ns, Pid } from './types.js';
import { S } from './time.js';

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
