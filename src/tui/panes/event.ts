/**
 * The current step explained: the Event pane (a few rows under the output) and the
 * Event overlay (`x`: every event of the step, scrolling). Both read the sentences of
 * render/explain.ts; calls on kernel objects name the objects as they are now.
 */
import { findObj } from '../../kernel/state.js';
import type { TraceEvent } from '../../kernel/trace.js';
import { objectName } from '../../render/describe.js';
import { explainStep } from '../../render/explain.js';
import type { Session } from '../session/session.js';
import { type Line, fit, wrap } from '../text.js';

/** Events the Event pane explains at most (the rest are counted in one sentence). */
const PANE_EVENTS = 3;

/** The current step's events and the sentences for them (at most `max` events, then how many more). */
function sentences(session: Session, events: readonly TraceEvent[], max: number): string[] {
  const s = session.state;
  const name = (h: number): string | null => {
    const o = findObj(s, h);
    return o === undefined ? null : objectName(o);
  };
  return explainStep(events, max, name);
}

const stepEvents = (session: Session): TraceEvent[] => {
  const [e0, e1] = session.currentEvents;
  return session.trace.slice(e0, e1);
};

/**
 * The Event pane's `height` rows: the step's events explained, wrapped to the pane (the
 * last row ends with '…' when more did not fit). When they do not fit, the sentence that
 * only names the system call ("Process 1002 makes the system call fork.") gives way to
 * what the call did (the child created, the process blocked, ...), which says more.
 * `more`: the Event overlay (`x`) has more to say than the pane shows.
 */
export function eventLines(session: Session, width: number, height: number): { lines: Line[]; more: boolean } {
  const events = stepEvents(session);
  const explained = (evs: readonly TraceEvent[]): string[] => sentences(session, evs, PANE_EVENTS).flatMap((sentence) => wrap(sentence, width));
  const all = explained(events);
  let rows = all;
  if (rows.length > height && events.some((e) => e.kind !== 'syscall')) rows = explained(events.filter((e) => e.kind !== 'syscall'));
  const more = rows !== all || rows.length > height || events.length > PANE_EVENTS;
  if (rows.length > height) {
    rows = rows.slice(0, height);
    rows[height - 1] = `${fit(rows[height - 1]!, width - 1).trimEnd()}…`;
  }
  return { lines: rows.map((t) => [{ text: t }]), more };
}

/** The Event overlay's lines: every event of the step explained, one bullet each, wrapped under its bullet. */
export function eventOverlayLines(session: Session, width: number): Line[] {
  const events = stepEvents(session);
  if (events.length === 0) return [[{ text: 'Nothing has happened yet: → runs the first step.', dim: true }]];
  const [e0, e1] = session.currentEvents;
  const out: Line[] = [[{ text: `Step ${session.position}: event${e1 - e0 === 1 ? ` ${e1}` : `s ${e0 + 1}-${e1}`} of ${session.trace.length}`, dim: true }]];
  for (const sentence of sentences(session, events, Infinity)) {
    wrap(sentence, Math.max(8, width - 2)).forEach((t, i) => out.push([{ text: `${i === 0 ? '•' : ' '} ${t}` }]));
  }
  return out;
}
