/**
 * `--format perfetto`: Chrome trace-event JSON that ui.perfetto.dev and
 * chrome://tracing open. A track per process (its task's states as complete events,
 * syscalls and writes as instants), a "CPUs" process with a track per CPU (who ran),
 * and a counter of runnable tasks. Times are microseconds.
 *
 * Written as the run goes: each state interval when it closes, each instant when it
 * happens, the counter in time order (every change is at or after the event being
 * handled, so changes before it are final), the track names at the end. The trace
 * format does not need its events in order.
 */
import type { TraceEvent } from '../kernel/trace.js';
import type { TaskTag } from '../kernel/types.js';
import { type Interval, IntervalBuilder } from './intervals.js';
import { describeEvent } from './trace.js';
import type { RunView } from './view.js';
import { type Out, type RunWriter, renderWith } from './writer.js';
import { allProcs } from '../kernel/state.js';

const CPU_PID = 0;
const us = (ns: number): number => ns / 1000;
const runnable = (st: TaskTag | null): boolean => st === 'ready' || st === 'interrupted';

const isInstant = (e: TraceEvent): boolean =>
  e.pid >= 0 && e.tid >= 0 && (e.kind === 'syscall' || e.kind === 'write' || e.kind === 'signal' || e.kind === 'lottery' || e.kind === 'limit');

/** The Perfetto JSON of a run, written as it happens. */
export function perfettoWriter(out: Out): RunWriter {
  let first = true;
  const put = (o: Record<string, unknown>): void => {
    out(`${first ? '' : ',\n'}${JSON.stringify(o)}`);
    first = false;
  };
  const names = new Map<number, string>();
  /** Pending changes of the runnable count, by time (in the order they happened at equal times); flushed once final. */
  const changes: [number, number][] = [];
  let count = 0;
  const flushBefore = (t: number): void => {
    let i = 0;
    for (; i < changes.length && changes[i]![0] < t; i++) {
      count += changes[i]![1];
      put({ ph: 'C', name: 'runnable tasks', pid: CPU_PID, ts: us(changes[i]![0]), args: { runnable: count } });
    }
    changes.splice(0, i);
  };
  const change = (t: number, d: number): void => {
    let i = changes.length;
    while (i > 0 && changes[i - 1]![0] > t) i--;
    changes.splice(i, 0, [t, d]);
  };
  const closed = (iv: Interval): void => {
    put({ ph: 'X', cat: 'state', name: iv.state, pid: iv.pid, tid: iv.tid, ts: us(iv.start), dur: us(iv.end - iv.start), args: { detail: iv.detail } });
    if (iv.state === 'running') {
      put({ ph: 'X', cat: 'cpu', name: `${names.get(iv.pid) ?? iv.pid} (${iv.pid})`, pid: CPU_PID, tid: iv.cpu + 1, ts: us(iv.start), dur: us(iv.end - iv.start) });
    }
  };
  const moved = (from: TaskTag | null, to: TaskTag, t: number): void => {
    if (runnable(from) !== runnable(to)) change(t, runnable(to) ? 1 : -1);
  };
  const lanes = new IntervalBuilder(closed, moved);
  return {
    tracing: true,
    start(run) {
      out('{"displayTimeUnit":"ns","traceEvents":[\n');
      put({ ph: 'M', name: 'process_name', pid: CPU_PID, args: { name: 'CPUs' } });
      for (let cpu = 0; cpu < run.settings.cpus; cpu++) put({ ph: 'M', name: 'thread_name', pid: CPU_PID, tid: cpu + 1, args: { name: `cpu${cpu}` } });
    },
    event(e) {
      if (e.kind === 'create' && e.how !== 'thread') names.set(e.child, e.name);
      flushBefore(e.t);
      lanes.event(e);
      if (isInstant(e)) put({ ph: 'i', s: 't', cat: e.kind, name: e.kind === 'syscall' ? e.call.op : e.kind, pid: e.pid, tid: e.tid, ts: us(e.t), args: { detail: describeEvent(e) } });
    },
    write() {},
    finish(v: RunView) {
      lanes.flush(v.state.clock);
      flushBefore(Infinity);
      for (const p of allProcs(v.state)) {
        if (p.tasks.length === 0) continue;
        put({ ph: 'M', name: 'process_name', pid: p.pid, args: { name: `${p.name} (${p.pid})` } });
        for (const tid of p.tasks) put({ ph: 'M', name: 'thread_name', pid: p.pid, tid, args: { name: `task ${tid}` } });
      }
      out('\n]}\n');
    },
  };
}

export function renderPerfetto(v: RunView): string {
  return renderWith(perfettoWriter, v);
}
