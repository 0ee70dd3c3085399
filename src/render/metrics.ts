/** `--format metrics`: per-process and run totals, with the formulas in the header. */
import { METRIC_FORMULAS, metrics } from '../kernel/metrics.js';
import type { TraceEvent } from '../kernel/trace.js';
import type { KernelState, Ns } from '../kernel/types.js';

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
