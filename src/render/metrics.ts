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
import { type Interval, IntervalBuilder } from './intervals.js';
import type { Out, RunWriter } from './writer.js';

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

/**
 * Metrics as a run goes: per process, what its closed intervals add up to — a few
 * numbers per process, whatever the run's length.
 */
export class MetricsSummary {
  private readonly byPid = new Map<Pid, ProcMetrics>();
  private busy = 0;
  private readonly builder = new IntervalBuilder((iv) => this.add(iv));

  event(e: TraceEvent): void {
    if (e.kind === 'create' && e.how !== 'thread') {
      this.byPid.set(e.child, { pid: e.child, name: e.name, arrival: e.t, firstRun: null, completion: null, turnaround: null, response: null, wait: 0, cpu: 0, switches: 0 });
    }
    this.builder.event(e);
  }

  private add(iv: Interval): void {
    const m = this.byPid.get(iv.pid);
    if (!m) return;
    const d = iv.end - iv.start;
    if (iv.state === 'running') {
      m.cpu += d;
      this.busy += d;
      m.switches++;
      if (m.firstRun === null || iv.start < m.firstRun) m.firstRun = iv.start;
    } else if (iv.state === 'ready' || iv.state === 'interrupted') {
      m.wait += d;
    }
  }

  /** The metrics, given the state at the run's end (its clock closes what is still open). */
  finish(s: KernelState): RunMetrics {
    this.builder.flush(s.clock);
    const byPid = this.byPid;
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
    const busy = this.busy;
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
}

/** Metrics of a run whose trace is `trace` and whose state at its end is `s`. */
export function metrics(s: KernelState, trace: readonly TraceEvent[]): RunMetrics {
  const m = new MetricsSummary();
  for (const e of trace) m.event(e);
  return m.finish(s);
}

const ms = (t: Ns | null): string => (t === null ? '-' : (t / 1e6).toFixed(3));

export function renderMetrics(s: KernelState, trace: readonly TraceEvent[]): string {
  return metricsText(metrics(s, trace));
}

/** `--format metrics`: the table and the totals, with the formulas in its header. */
export function metricsText(m: RunMetrics): string {
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
  const width = head.map((h, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), h.length));
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

/** The metrics of a run, summed as it happens and printed at its end. */
export function metricsWriter(out: Out): RunWriter {
  const m = new MetricsSummary();
  return { tracing: true, start: () => {}, event: (e) => m.event(e), write: () => {}, finish: (v) => out(metricsText(m.finish(v.state))) };
}
