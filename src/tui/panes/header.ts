/** The header: what runs and how, where we are in time, and the schedule so far. */
import { formatClock } from '../../kernel/time.js';
import type { Line } from '../text.js';
import type { Session } from '../session/session.js';

export function headerLines(s: Session, width: number): Line[] {
  const o = s.settings;
  const title = `${s.scenario.title} (${s.scenario.id})`;
  const left = `${o.platform} · ${o.policy} · ${o.cpus} CPU${o.cpus === 1 ? '' : 's'} · seed ${o.seed}${s.branched ? ' · branched' : ''}`;
  const time = `t=${formatClock(s.clock)}s  event ${s.eventsDone}/${s.trace.length}  step ${s.position}/${s.end}`;
  const room = Math.max(8, width - 10);
  const sched = s.scheduleTail(room);
  const shown = sched || '(no decisions yet)';
  return [
    [{ text: 'forkscope ', bold: true, color: 'cyan' }, { text: title, bold: true }],
    [{ text: `${left}  ` }, { text: time, color: 'green' }],
    [{ text: 'schedule ', dim: true }, { text: shown }],
  ];
}
