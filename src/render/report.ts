/**
 * The report a run ends with when it did not simply finish: a deadlock (who waits on
 * what, who holds what, why nobody will wake them), an exhausted budget or an
 * interruption (what was still alive, where, and which limit stopped it), and any
 * resource limit the programs ran into. Always ends with the command that replays the run.
 */
import { blockedTasks, deadlockReport } from './deadlock.js';
import { blockedOn } from './describe.js';
import { exactDuration, formatClock } from '../kernel/time.js';
import type { RunView } from './view.js';
import { allProcs, taskAt } from '../kernel/state.js';

/** Null when the run finished normally and met no limit. */
export function endReport(v: RunView): string | null {
  const end = v.state.end;
  if (!end) return null;
  const lines: string[] = [];
  const limit = limitLine(v);
  if (end.kind === 'done') {
    if (!limit) return null;
    lines.push(limit);
  } else if (end.kind === 'deadlock') {
    lines.push(deadlockReport(v.state));
    if (limit) lines.push(limit);
  } else {
    const clock = `t=${formatClock(v.state.clock)}s`;
    if (end.kind === 'budget' && end.what === 'time') {
      lines.push(`forkscope: time budget exhausted at ${clock} (--max-time ${exactDuration(v.settings.maxTime)}); the program did not finish`);
    } else if (end.kind === 'budget') {
      lines.push(`forkscope: step budget exhausted at ${clock} (--max-steps ${v.settings.maxSteps}), before the time budget (--max-time ${exactDuration(v.settings.maxTime)}); the program did not finish`);
    } else if (end.kind === 'interrupted') {
      lines.push(`forkscope: interrupted (Ctrl-C) at ${clock}, after ${v.events ?? v.trace.length} events; the program did not finish`);
    } else {
      lines.push('forkscope: stopped');
    }
    if (limit) lines.push(limit);
    const alive = allProcs(v.state).filter((p) => p.status === 'alive' && p.tasks.length > 0);
    for (const p of alive) {
      const t = taskAt(v.state, p.tasks[0]!);
      const st = t.state.tag === 'blocked' ? `blocked in ${blockedOn(v.state, t.state.on)}` : t.state.tag;
      lines.push(`  pid ${p.pid} (${p.name}) ${st}${t.loc ? ` at ${t.loc}` : ''}`);
    }
    if (blockedTasks(v.state).length === alive.length && alive.length > 0) {
      lines.push('  (every live task is blocked; only timers were left)');
    }
    if (end.kind === 'budget' && end.what === 'steps') lines.push(`  ${stepHint(v)}`);
  }
  lines.push(`  replay: ${v.replay}`);
  return `${lines.join('\n')}\n`;
}

/** The limits the programs ran into: the process limit (fork, spawn) and the memory limit. */
function limitLine(v: RunView): string | null {
  const lines: string[] = [];
  const times = (n: number): string => `${n} time${n === 1 ? '' : 's'}`;
  const hits = v.state.limitHits;
  if (hits > 0) {
    const max = v.settings.params.maxProcs;
    lines.push(`forkscope: the process limit was reached: fork/spawn failed with EAGAIN ${times(hits)} (${max} processes; --param maxProcs=N changes it)`);
  }
  const mem = v.state.memoryHits;
  if (mem > 0) {
    const max = v.settings.params.maxMemory;
    lines.push(`forkscope: the memory limit per process was reached: an allocation failed with MemoryError ${times(mem)} (${max} bytes; --param maxMemory=N changes it)`);
  }
  const machine = v.state.machineHits;
  if (machine > 0) {
    const max = v.settings.params.machineMemory;
    lines.push(`forkscope: the machine's memory was full: an allocation (MemoryError) or a fork (ENOMEM) failed ${times(machine)} (${max} bytes; --param machineMemory=N changes it)`);
  }
  return lines.length === 0 ? null : lines.join('\n');
}

/** How many steps would reach --max-time at the pace the run went. */
function stepHint(v: RunView): string {
  const { clock } = v.state;
  const { maxSteps, maxTime } = v.settings;
  if (clock === 0) return '(virtual time did not advance: every step took no time)';
  const need = (maxSteps * maxTime) / clock;
  const digits = 10 ** Math.max(0, Math.floor(Math.log10(need)) - 1);
  const steps = Math.min(1e12, Math.ceil((need * 1.1) / digits) * digits);
  return `(at this pace --max-time ${exactDuration(maxTime)} needs about --max-steps ${steps})`;
}
