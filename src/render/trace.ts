/** `--format trace`: one line per event — time, cpu, pid, transition, reason. */
import { SIGNAL_NAMES, waitstatusToExitcode } from '../kernel/syscalls.js';
import type { EventKind, TraceEvent } from '../kernel/trace.js';
import { formatClock } from '../kernel/time.js';

type Describe<K extends EventKind> = (e: Extract<TraceEvent, { kind: K }>) => string;

export const sigName = (sig: number): string => SIGNAL_NAMES[sig] ?? `signal ${sig}`;

/** Human text for a raw wait status: 'exit 0', 'killed by SIGTERM'. */
export function statusText(wstatus: number): string {
  const code = waitstatusToExitcode(wstatus);
  return code >= 0 ? `exit ${code}` : `killed by ${sigName(-code)}`;
}

const quote = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** Event kind → the text of its reason column. */
const DESCRIBE: { [K in EventKind]: Describe<K> } = {
  create: (e) => `${e.how} → pid ${e.child} (${e.name})`,
  dispatch: (e) => `${e.from} → running`,
  preempt: (e) => `running → interrupted (${e.why === 'slice' ? 'time slice used up' : 'preempted by a higher-priority task'})`,
  block: (e) => `running → blocked: ${e.reason}`,
  wake: (e) => `blocked → ready: ${e.reason}`,
  syscall: (e) => (e.text ? `${e.op} ${e.text}` : e.op),
  exit: (e) => `→ zombie: ${e.how}`,
  signal: (e) => `${sigName(e.sig)} → pid ${e.target}`,
  reap: (e) => `pid ${e.child} zombie → exited (${statusText(e.wstatus)})`,
  reparent: (e) => `pid ${e.child} orphaned → parent is now pid ${e.to} (init)`,
  ipc: (e) => `${e.op} ${e.text}`,
  write: (e) => `fd ${e.fd} ${quote(e.text)}`,
  lottery: (e) => `draw ${e.draw} of ${e.tickets} tickets → pid ${e.winner}`,
  end: (e) => e.text,
};

export function describeEvent(e: TraceEvent): string {
  return (DESCRIBE[e.kind] as Describe<EventKind>)(e as never);
}

export function renderTrace(trace: readonly TraceEvent[]): string {
  const lines = ['    time(s)  cpu    pid  event     reason'];
  for (const e of trace) {
    const cpu = e.cpu >= 0 ? `cpu${e.cpu}` : '-';
    const pid = e.pid >= 0 ? String(e.pid) : '-';
    lines.push(`${formatClock(e.t).padStart(11)}  ${cpu.padStart(4)}  ${pid.padStart(5)}  ${e.kind.padEnd(8)}  ${describeEvent(e)}`);
  }
  return `${lines.join('\n')}\n`;
}
