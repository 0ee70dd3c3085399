/** `--format trace`: one line per event — time, cpu, pid, transition, reason. */
import { signalName } from '../kernel/syscalls.js';
import type { EventKind, TraceEvent } from '../kernel/trace.js';
import { formatClock } from '../kernel/time.js';
import { blockText, callText, endText, exitText, limitText, reorderText, statusText, wakeText } from './describe.js';
import type { Out, RunWriter } from './writer.js';

type Describe<K extends EventKind> = (e: Extract<TraceEvent, { kind: K }>) => string;

const quote = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** Event kind → the text of its reason column. */
const DESCRIBE: { [K in EventKind]: Describe<K> } = {
  create: (e) => `${e.how} → pid ${e.child} (${e.name})`,
  dispatch: (e) => `${e.from} → running`,
  preempt: (e) => `running → interrupted (${e.why === 'slice' ? 'time slice used up' : 'preempted by a higher-priority task'})`,
  block: (e) => `running → blocked: ${blockText(e.on, e.obj)}`,
  wake: (e) => `blocked → ready: ${wakeText(e.reason)}`,
  syscall: (e) => {
    const text = callText(e.call);
    return text ? `${e.call.op} ${text}` : e.call.op;
  },
  exec: (e) => `now runs ${e.image} (same pid)`,
  exit: (e) => `→ zombie: ${exitText(e.how)}`,
  signal: (e) => `${signalName(e.sig)} → pid ${e.target}`,
  handle: (e) => `runs its handler for ${signalName(e.sig)}`,
  reap: (e) => `pid ${e.child} zombie → exited (${statusText(e.wstatus)})`,
  reparent: (e) => `pid ${e.child} orphaned → parent is now pid ${e.to} (init)`,
  write: (e) => `fd ${e.fd} ${quote(e.text)}`,
  lottery: (e) => `draw ${e.draw} of ${e.tickets} tickets → pid ${e.winner}`,
  limit: (e) => limitText(e.limit, e.max, e.op, e.bytes),
  reorder: (e) => reorderText(e.before, e.early),
  end: (e) => endText(e.end),
};

export function describeEvent(e: TraceEvent): string {
  return (DESCRIBE[e.kind] as Describe<EventKind>)(e as never);
}

export const TRACE_HEADER = '    time(s)  cpu    pid  event     reason';

/** One event as a line of `--format trace`. */
export function traceLine(e: TraceEvent): string {
  const cpu = e.cpu >= 0 ? `cpu${e.cpu}` : '-';
  const pid = e.pid >= 0 ? String(e.pid) : '-';
  return `${formatClock(e.t).padStart(11)}  ${cpu.padStart(4)}  ${pid.padStart(5)}  ${e.kind.padEnd(8)}  ${describeEvent(e)}`;
}

/** The trace as it happens: the header, then a line per event. */
export function traceWriter(out: Out): RunWriter {
  return {
    tracing: true,
    start: () => out(`${TRACE_HEADER}\n`),
    event: (e) => out(`${traceLine(e)}\n`),
    write: () => {},
    finish: () => {},
  };
}

export function renderTrace(trace: readonly TraceEvent[]): string {
  const lines = [TRACE_HEADER];
  for (const e of trace) lines.push(traceLine(e));
  return `${lines.join('\n')}\n`;
}
