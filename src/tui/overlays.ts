/**
 * Overlays over the screen's body: the key help, the process tree, the current step
 * explained in full, the event kinds to stop at, and the scheduler's options. Pure: the
 * session and the UI state in, the overlay's rows out (the text ones clamp their scroll
 * in the UI state, as the screen does for panes).
 */
import { renderTree } from '../render/tree.js';
import { type SchedOption, schedOptions } from './commands.js';
import { helpLines } from './keys.js';
import { BREAK_KINDS } from './navigate.js';
import { eventOverlayLines } from './panes/event.js';
import { pane } from './panes/pane.js';
import type { Session } from './session/session.js';
import { type Line, wrap } from './text.js';
import type { Ui } from './ui.js';

/** The overlay's rows (`height` of them, `width` wide), or null when none is open. */
export function overlayPane(session: Session, ui: Ui, width: number, height: number): string[] | null {
  const text = (title: string, all: Line[]): string[] => {
    // Scrolls: overlayIndex is its first line; the title says what is above and below.
    const room = height - 1;
    const first = Math.max(0, Math.min(ui.overlayIndex, all.length - room));
    ui.overlayIndex = first;
    const more = all.length > room ? `  (lines ${first + 1}-${Math.min(all.length, first + room)} of ${all.length}; ↑↓ PgUp PgDn scroll)` : '';
    return pane(`${title}${more}`, true, all.slice(first, first + room), width, height);
  };
  switch (ui.overlay) {
    case null:
      return null;
    case 'help':
      return text('Keys (Esc or ? closes)', helpLines(width).map((l) => [{ text: l, bold: !l.startsWith(' ') }]));
    case 'tree':
      return text('Process tree (Esc or t closes)', renderTree(session.state).replace(/\n$/, '').split('\n').map((l) => [{ text: l }]));
    case 'event':
      return text('Event (x or Esc closes; → ← step)', eventOverlayLines(session, width));
    case 'kinds':
      return pane(
        'Stop at these events (↑↓ move, Space toggles, Esc closes; then c / C)',
        true,
        BREAK_KINDS.map((k, i) => [{ text: `${i === ui.overlayIndex ? '>' : ' '} ${ui.kinds.has(k) ? '[x]' : '[ ]'} ${k}`, inverse: i === ui.overlayIndex }]),
        width,
        height,
      );
    case 'sched':
      return schedPane(schedOptions(session), ui.overlayIndex, width, height);
    default: {
      const never: never = ui.overlay;
      return [String(never)];
    }
  }
}

/**
 * The scheduler's options, under the decision they belong to: the decision in words
 * once (wrapped), then one short row per option — the selected one marked `>`, the one
 * the run took `(taken)`. A step can make several decisions of many options each: the
 * list scrolls with the selection, and the selected option's decision stays on the
 * first row when its heading has scrolled away.
 */
function schedPane(opts: readonly SchedOption[], selected: number, width: number, height: number): string[] {
  // Each row: its line, the row of its decision's heading, and the option it shows (-1: a heading).
  const rows: { line: Line; head: number; opt: number }[] = [];
  let head = -1;
  opts.forEach((o, i) => {
    if (i === 0 || o.index !== opts[i - 1]!.index) {
      head = rows.length;
      for (const t of wrap(o.about, width)) rows.push({ line: [{ text: t, bold: true }], head, opt: -1 });
    }
    const mark = `${i === selected ? '>' : ' '} [${o.choice}] ${o.choice === o.chosen ? '(taken) ' : ''}`;
    rows.push({ line: [{ text: `${mark}${o.text}`, inverse: i === selected }], head, opt: i });
  });
  const room = height - 1;
  const selRow = Math.max(0, rows.findIndex((r) => r.opt === selected));
  const first = Math.max(0, Math.min(selRow - Math.floor(room / 2), rows.length - room));
  const window = rows.slice(first, first + room);
  const shown = window.map((r) => r.line);
  const sel = rows[selRow];
  if (sel && sel.head < first && selRow > first) shown[0] = rows[sel.head]!.line;
  const optsShown = window.filter((r) => r.opt >= 0).map((r) => r.opt);
  const more = rows.length > room && optsShown.length > 0 ? `  options ${optsShown[0]! + 1}-${optsShown[optsShown.length - 1]! + 1} of ${opts.length}, PgUp PgDn` : '';
  return pane(`Be the scheduler: pick one (↑↓ Enter, Esc)${more}`, true, shown, width, height);
}
