/** The process table: pid, ppid, name, state (letter and word), CPU, where it is, what it is doing. */
import { allProcs, taskAt } from '../../kernel/state.js';
import type { KernelState, Pid, Proc } from '../../kernel/types.js';
import { blockedOn, statusText } from '../../render/describe.js';
import { type Line, fit } from '../text.js';
import { STATE_STYLE } from './style.js';

/** The end of `text` in at most n characters (a location keeps its line number). */
const tail = (text: string, n: number): string => (text.length > n ? `…${text.slice(text.length - n + 1)}` : text);

/** The processes that run programs (init and the shell left out), in creation order. */
export function shownProcs(s: KernelState): Proc[] {
  return allProcs(s).filter((p) => p.tasks.length > 0);
}

/** What the process is doing, in words: its syscall, what it waits on, how it ended. */
export function doing(s: KernelState, p: Proc): string {
  const t = taskAt(s, p.tasks[0]!);
  const st = t.state;
  switch (st.tag) {
    case 'blocked':
      return `waits: ${blockedOn(s, st.on)}`;
    case 'running':
      return t.op ? `in ${t.op}` : 'computing';
    case 'ready':
    case 'interrupted':
      return t.op ? `before ${t.op}` : '';
    case 'zombie':
      return `${statusText(st.status)}, not reaped`;
    case 'exited':
      return statusText(st.status);
    default: {
      const never: never = st;
      return String(never);
    }
  }
}

export function processLines(s: KernelState, selected: Pid, width: number, height: number, marked: ReadonlySet<Pid>): Line[] {
  const procs = shownProcs(s);
  const head = `S  ${'PID'.padStart(5)} ${'PPID'.padStart(5)} ${fit('NAME', 12)} CPU ${fit('WHERE', 20)} DOING`;
  const lines: Line[] = [[{ text: head, dim: true }]];
  const sel = Math.max(0, procs.findIndex((p) => p.pid === selected));
  const rows = Math.max(1, height - 1);
  const first = Math.max(0, Math.min(sel - Math.floor(rows / 2), procs.length - rows));
  for (const p of procs.slice(first, first + rows)) {
    const t = taskAt(s, p.tasks[0]!);
    const style = STATE_STYLE[t.state.tag];
    const cpu = t.state.tag === 'running' ? String(t.state.cpu) : '-';
    const mark = marked.has(p.pid) ? 'b' : ' ';
    const isSel = p.pid === selected;
    const text = `${isSel ? '>' : ' '}${mark}${String(p.pid).padStart(5)} ${String(p.ppid).padStart(5)} ${fit(p.name, 12)} ${cpu.padStart(3)} ${fit(tail(t.loc, 20), 20)} ${doing(s, p)}`;
    lines.push([
      { text: style.letter, color: style.color, bold: true, inverse: isSel },
      { text: fit(text, Math.max(0, width - 1)), inverse: isSel, color: t.state.tag === 'exited' ? 'gray' : undefined },
    ]);
  }
  return lines;
}
