/**
 * The process table: state (a letter and a colour), pid, ppid, name, CPU, where it is
 * and what it is doing — htop's columns for a simulated machine. Narrow tables (the
 * split view) keep the state, pid, name and what it is doing.
 */
import { allProcs, taskAt } from '../../kernel/state.js';
import type { KernelState, Pid, Proc } from '../../kernel/types.js';
import { blockedOn, opWords, statusText } from '../../render/describe.js';
import { type Line, fit } from '../text.js';
import { STATE_STYLE } from './style.js';

/** The end of `text` in at most n characters (a location keeps its line number). */
const tail = (text: string, n: number): string => (text.length > n ? `…${text.slice(text.length - n + 1)}` : text);

/** The processes that run programs (init and the shell left out), in creation order. */
export function shownProcs(s: KernelState): Proc[] {
  return allProcs(s).filter((p) => p.tasks.length > 0);
}

/**
 * What the process is doing, in words. A running process's program has already run
 * ahead to its next system call (nothing it does before that is visible to anyone), so
 * that call is what it does next.
 */
export function doing(s: KernelState, p: Proc): string {
  const t = taskAt(s, p.tasks[0]!);
  const st = t.state;
  switch (st.tag) {
    case 'blocked':
      return `waits: ${blockedOn(s, st.on)}`;
    case 'running':
      return t.op ? `next: ${opWords(t.op)}` : 'computing';
    case 'ready':
    case 'interrupted':
      return t.op ? `next: ${opWords(t.op)}` : '';
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

export interface ProcessTable {
  selected: Pid;
  width: number;
  /** Rows, the column heading included. */
  height: number;
  /** Processes with a breakpoint (marked `b`). */
  marked: ReadonlySet<Pid>;
  /** Where a process is, as the WHERE column shows it ('line 12', 'lib.py:3'), or ''. */
  where: (p: Proc) => string;
  /** Whether ↑↓ scroll this table (they move the selection of the main one; the split view's other table only shows its first rows). */
  scrolls?: boolean;
}

/** Columns that fit: the WHERE column goes first when the table is narrow. */
const WIDE = 64;

export function processLines(s: KernelState, t: ProcessTable): Line[] {
  const procs = shownProcs(s);
  const wide = t.width >= WIDE;
  const sel = Math.max(0, procs.findIndex((p) => p.pid === t.selected));
  const rows = Math.max(1, t.height - 1);
  const first = Math.max(0, Math.min(sel - Math.floor(rows / 2), procs.length - rows));
  const shown = procs.slice(first, first + rows);
  const wheres = shown.map((p) => (wide ? t.where(p) : ''));
  // WHERE is as wide as what it shows (at least 'line 999', so that it does not move as processes step; at most a limit), so that DOING ("waits: acquire on Semaphore 'empty'") fits 80 columns.
  const whereW = Math.max(8, Math.min(t.width >= 100 ? 24 : 14, ...wheres.map((w) => w.length)));
  const head = wide
    ? `S  ${'PID'.padStart(5)} ${'PPID'.padStart(5)} ${fit('NAME', 12)} CPU ${fit('WHERE', whereW)} DOING`
    : `S  ${'PID'.padStart(5)} ${fit('NAME', 12)} DOING`;
  const lines: Line[] = [[{ text: head, dim: true }]];
  shown.forEach((p, i) => {
    const task = taskAt(s, p.tasks[0]!);
    const style = STATE_STYLE[task.state.tag];
    const isSel = p.pid === t.selected;
    const mark = `${isSel ? '>' : ' '}${t.marked.has(p.pid) ? 'b' : ' '}`;
    const text = wide
      ? `${mark}${String(p.pid).padStart(5)} ${String(p.ppid).padStart(5)} ${fit(p.name, 12)} ${(task.state.tag === 'running' ? String(task.state.cpu) : '-').padStart(3)} ${fit(tail(wheres[i]!, whereW), whereW)} ${doing(s, p)}`
      : `${mark}${String(p.pid).padStart(5)} ${fit(p.name, 12)} ${doing(s, p)}`;
    lines.push([
      { text: style.letter, color: style.color, bold: true, inverse: isSel },
      { text, inverse: isSel, color: task.state.tag === 'exited' ? 'gray' : undefined },
    ]);
  });
  if (procs.length > rows) lines[0]!.push({ text: `  (${first + 1}-${Math.min(procs.length, first + rows)} of ${procs.length}${t.scrolls === false ? '' : '; ↑↓ scroll'})`, dim: true });
  return lines;
}
