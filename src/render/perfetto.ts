/**
 * `--format perfetto`: Chrome trace-event JSON that ui.perfetto.dev and
 * chrome://tracing open. A track per process (its task's states as complete events,
 * syscalls and writes as instants), a "CPUs" process with a track per CPU (who ran),
 * and a counter of runnable tasks. Times are microseconds.
 */
import type { TraceEvent } from '../kernel/trace.js';
import { intervals } from './intervals.js';
import { describeEvent } from './trace.js';
import type { RunView } from './view.js';
import { allProcs } from '../kernel/state.js';

const CPU_PID = 0;
const us = (ns: number): number => ns / 1000;

export function perfettoEvents(v: RunView): Record<string, unknown>[] {
  const s = v.state;
  const out: Record<string, unknown>[] = [];
  out.push({ ph: 'M', name: 'process_name', pid: CPU_PID, args: { name: 'CPUs' } });
  for (const cpu of s.cpus) out.push({ ph: 'M', name: 'thread_name', pid: CPU_PID, tid: cpu.id + 1, args: { name: `cpu${cpu.id}` } });
  const names = new Map<number, string>();
  for (const p of allProcs(s)) {
    if (p.tasks.length === 0) continue;
    names.set(p.pid, p.name);
    out.push({ ph: 'M', name: 'process_name', pid: p.pid, args: { name: `${p.name} (${p.pid})` } });
    for (const tid of p.tasks) out.push({ ph: 'M', name: 'thread_name', pid: p.pid, tid, args: { name: `task ${tid}` } });
  }
  const lanes = intervals(v.trace, s.clock);
  const changes: [number, number][] = [];
  for (const lane of lanes) {
    for (const iv of lane.intervals) {
      out.push({ ph: 'X', cat: 'state', name: iv.state, pid: iv.pid, tid: iv.tid, ts: us(iv.start), dur: us(iv.end - iv.start), args: { detail: iv.detail } });
      if (iv.state === 'running') {
        out.push({ ph: 'X', cat: 'cpu', name: `${names.get(iv.pid) ?? iv.pid} (${iv.pid})`, pid: CPU_PID, tid: iv.cpu + 1, ts: us(iv.start), dur: us(iv.end - iv.start) });
      }
      if (iv.state === 'ready' || iv.state === 'interrupted') changes.push([iv.start, 1], [iv.end, -1]);
    }
  }
  changes.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let runnable = 0;
  for (const [t, d] of changes) {
    runnable += d;
    out.push({ ph: 'C', name: 'runnable tasks', pid: CPU_PID, ts: us(t), args: { runnable } });
  }
  for (const e of v.trace) if (isInstant(e)) out.push({ ph: 'i', s: 't', cat: e.kind, name: e.kind === 'syscall' ? e.call.op : e.kind, pid: e.pid, tid: e.tid, ts: us(e.t), args: { detail: describeEvent(e) } });
  return out;
}

const isInstant = (e: TraceEvent): boolean =>
  e.pid >= 0 && e.tid >= 0 && (e.kind === 'syscall' || e.kind === 'write' || e.kind === 'signal' || e.kind === 'lottery');

export function renderPerfetto(v: RunView): string {
  return `${JSON.stringify({ displayTimeUnit: 'ns', traceEvents: perfettoEvents(v) })}\n`;
}
