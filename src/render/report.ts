/**
 * The report a run ends with when it did not simply finish: a deadlock (who waits on
 * what, who holds what, why nobody will wake them) or an exhausted budget (what was
 * still alive). Always ends with the command that replays the run.
 */
import { blockedTasks, deadlockReport } from './deadlock.js';
import { blockedOn } from './describe.js';
import { formatClock, formatDuration } from '../kernel/time.js';
import type { RunView } from './view.js';
import { allProcs, taskAt } from '../kernel/state.js';

/** Null when the run finished normally. */
export function endReport(v: RunView): string | null {
  const end = v.state.end;
  if (!end || end.kind === 'done') return null;
  const lines: string[] = [];
  if (end.kind === 'deadlock') {
    lines.push(deadlockReport(v.state));
  } else if (end.kind === 'budget') {
    const what =
      end.what === 'time'
        ? `time budget exhausted at t=${formatClock(v.state.clock)}s (--max-time ${formatDuration(v.settings.maxTime)})`
        : `step budget exhausted at t=${formatClock(v.state.clock)}s (--max-steps ${v.settings.maxSteps})`;
    lines.push(`forkscope: ${what}; the program did not finish`);
    const alive = allProcs(v.state).filter((p) => p.status === 'alive' && p.tasks.length > 0);
    for (const p of alive) {
      const t = taskAt(v.state, p.tasks[0]!);
      const st = t.state.tag === 'blocked' ? `blocked in ${blockedOn(v.state, t.state.on)}` : t.state.tag;
      lines.push(`  pid ${p.pid} (${p.name}) ${st}${t.loc ? ` at ${t.loc}` : ''}`);
    }
    if (blockedTasks(v.state).length === alive.length && alive.length > 0) {
      lines.push('  (every live task is blocked; only timers were left)');
    }
  } else {
    lines.push('forkscope: stopped');
  }
  lines.push(`  replay: ${v.replay}`);
  return `${lines.join('\n')}\n`;
}
