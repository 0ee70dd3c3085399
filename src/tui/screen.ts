/**
 * The whole screen as rows: each row one painted string exactly as wide as the
 * terminal (text.ts). Panes are composed into rows here — side by side ones joined by a
 * rule — so that Ink draws one <Text> per row: what changed is a few rows, and a row
 * that did not change is not drawn again by React. Pure: the session and the UI state
 * in, rows out (the App draws them; tests and the benchmark read them).
 */
import { basename } from 'node:path';
import { findProc } from '../kernel/state.js';
import { formatClock, formatDuration } from '../kernel/time.js';
import type { Pid, Proc } from '../kernel/types.js';
import { firstDifference } from '../render/compare.js';
import type { RunView } from '../render/view.js';
import { hintBar } from './keys.js';
import { overlayPane } from './overlays.js';
import { eventLines } from './panes/event.js';
import { pane } from './panes/pane.js';
import { headerLines } from './panes/header.js';
import { objectLines } from './panes/objects.js';
import { outputLines } from './panes/output.js';
import { processLines, shownProcs } from './panes/processes.js';
import { SOURCE_GUTTER, linesOf, sourceLines, sourceView } from './panes/source.js';
import { STATE_LEGEND, procColor } from './panes/style.js';
import { timelineLines } from './panes/timeline.js';
import { variableLines } from './panes/variables.js';
import type { Session } from './session/session.js';
import { type Line, fit, row, sliceLine, width as textWidth, wrap } from './text.js';
import type { PaneName, Ui, WidePane } from './ui.js';
import { grouped } from '../render/describe.js';

/** Two columns of rows side by side, a rule between them (┬ on the title row). */
function beside(left: readonly string[], right: readonly string[]): string[] {
  return left.map((l, i) => `${l}${i === 0 ? '┬' : '│'}${right[i] ?? ''}`);
}

/**
 * A pane's lines scrolled sideways by the UI's scroll of it (the first `keep` columns,
 * the Source pane's gutter, stay), and a note for its title: where it is scrolled to, or
 * that lines go past the right edge. Notes how far the lines on screen let it scroll.
 */
function scrolled(ui: Ui, name: WidePane, lines: Line[], keep: number, w: number): { lines: Line[]; note: string } {
  let widest = 0;
  for (const l of lines) widest = Math.max(widest, l.reduce((n, s) => n + textWidth(s.text), 0));
  const max = Math.max(0, widest - w);
  ui.scrollMax[name] = max;
  const x = Math.min(ui.scrollX[name], max);
  const note = x > 0 ? `  ‹col ${x + 1}${x < max ? '›' : ''}` : max > 0 ? '  (> more)' : '';
  return { lines: x === 0 ? lines : lines.map((l) => [...sliceLine(l, 0, keep), ...sliceLine(l, keep + x)]), note };
}

/** The first of `titles` that fits a pane `w` wide (the last when none does). */
function fitting(w: number, ...titles: string[]): string {
  return titles.find((t) => textWidth(t) + 3 <= w) ?? titles[titles.length - 1]!;
}

/** 'file.py:12' as the panes show it: 'line 12' in the scenario's own file. */
export function shortLoc(session: Session, loc: string): string {
  const i = loc.lastIndexOf(':');
  if (i > 0 && session.scenario.file.endsWith(`/${loc.slice(0, i)}`)) return `line ${loc.slice(i + 1)}`;
  return loc;
}

export interface Size {
  cols: number;
  rows: number;
}

/** The rows of the screen (one fewer than the terminal has: a frame as tall as the terminal makes Ink clear it each time). */
export function screenRows(session: Session, ui: Ui, size: Size): string[] {
  const width = size.cols;
  const height = Math.max(12, size.rows - 1);
  if (!session.recorded) return recordingRows(session, width, height);
  const out: string[] = headerLines(session, width).map((l) => row(l, width));
  // The bottom's height first (the body fills the rest), its text after the body (the hints say when the Event pane has more).
  const bodyH = height - out.length - bottomLines(ui, width).length;
  const overlay = overlayPane(session, ui, width, bodyH);
  ui.eventMore = false;
  if (overlay) out.push(...overlay);
  else out.push(...body(session, ui, width, bodyH));
  out.push(...bottomLines(ui, width));
  return out;
}

/** The screen while the run is being recorded (the UI takes the terminal first, then records): how far it got. */
function recordingRows(session: Session, width: number, height: number): string[] {
  const [title, settings] = headerLines(session, width);
  const n = grouped;
  const procs = shownProcs(session.state).length;
  const lines: Line[] = [
    title!,
    [settings![0]!],
    [],
    [{ text: `recording the run: t=${formatClock(session.state.clock)}s, ${n(session.trace.length)} events, ${n(procs)} process${procs === 1 ? '' : 'es'} so far`, color: 'yellow' }],
    [{ text: 'the keys work once it is recorded; q quits', dim: true }],
  ];
  return Array.from({ length: height }, (_, i) => row(lines[i] ?? [], width));
}

/** Rows a message takes at most at the bottom (a replay command with its schedule string is long). */
const STATUS_ROWS = 4;

/** The bottom: the prompt, or the message of the last key wrapped (up to STATUS_ROWS rows), or the key hints. */
function bottomLines(ui: Ui, width: number): string[] {
  if (ui.prompt) {
    const hint = ui.prompt.kind === 'jump' ? '   event number, or a time (12ms, 1.5s); Enter jumps, Esc cancels' : '   text in events and output; Enter searches, Esc cancels';
    return [row([{ text: ui.prompt.kind === 'jump' ? ':' : '/', bold: true }, { text: ui.prompt.text }, { text: ' ', inverse: true }, { text: hint, dim: true }], width)];
  }
  if (ui.status) {
    const rows = wrap(ui.status, width);
    if (rows.length > STATUS_ROWS) {
      rows.length = STATUS_ROWS;
      rows[STATUS_ROWS - 1] = `${fit(rows[STATUS_ROWS - 1]!, width - 1).trimEnd()}…`;
    }
    return rows.map((t) => row([{ text: t, color: 'yellow' }], width));
  }
  const playing = ui.playing ? `playing x${ui.speed}  ` : '';
  return [row([{ text: playing, color: 'yellow' }, { text: hintBar(width - playing.length, ui.eventMore), dim: true }], width)];
}

/** The panes under the header: processes, source and variables (with timeline and objects on big screens), output, the event. */
function body(session: Session, ui: Ui, width: number, height: number): string[] {
  const s = session.state;
  const procs = shownProcs(s);
  const big = height >= 38 && width >= 110;
  const procH = Math.min(procs.length + 2, big ? 12 : height < 26 ? 6 : 8);
  const eventH = big ? 4 : 3;
  const outH = big ? 9 : height < 26 ? 4 : 6;
  const middleH = Math.max(4, height - procH - eventH - outH);
  const rank = new Map(procs.map((p, i) => [p.pid, i] as const));
  const colorOf = (pid: number): string => procColor(rank.get(pid) ?? 0);
  const where = (p: Proc): string => (p.status === 'alive' ? shortLoc(session, session.location(p.pid)) : '');

  const paneOf = (name: PaneName, w: number, h: number): string[] => {
    const f = ui.focus === name;
    switch (name) {
      case 'procs':
        return pane(`Processes  (${STATE_LEGEND})`, f, processLines(s, { selected: ui.selected, width: w, height: h - 1, marked: ui.procs, where }), w, h);
      case 'source': {
        const sv = sourceView(session.scenario.file, session.scenario.source, session.location(ui.selected));
        const others = linesOf(session.scenario.file, procs.filter((p) => p.pid !== ui.selected && p.status === 'alive').map((p) => session.location(p.pid)));
        const src = scrolled(ui, 'source', sourceLines(sv, others, h - 1, f ? ui.cursor : null, ui.lines), SOURCE_GUTTER, w);
        // Narrow (80 columns): the file and the pid without the word, so that the line number and the note fit.
        const at = `${basename(sv.file)}${sv.current ? `:${sv.current}` : ''}`;
        const short = `${at} · pid ${ui.selected}`;
        return pane(fitting(w, `Source: ${at} (pid ${ui.selected})${src.note}`, `${short}${src.note}`, `${short}${src.note === '' ? '' : ' ›'}`), f, src.lines, w, h);
      }
      case 'vars': {
        const proc = findProc(s, ui.selected);
        const view = session.program(ui.selected);
        const parentView = proc && proc.origin === 'fork' ? session.program(proc.origPpid) : null;
        const none = proc && proc.status !== 'alive' ? 'the process has ended' : 'nothing to show yet';
        const vars = scrolled(ui, 'vars', variableLines(view, parentView, h - 1, none), 0, w);
        const title = `Vars: pid ${ui.selected}${parentView ? ` (* differs from ${proc!.origPpid})` : ''}`;
        return pane(fitting(w, `${title}${vars.note}`, `${title}${vars.note === '' ? '' : ' ›'}`), f, vars.lines, w, h);
      }
      case 'output': {
        const out = scrolled(ui, 'output', outputLines(session.output, session.writesDone, h - 1, colorOf), 0, w);
        return pane(`Output${out.note}`, f, out.lines, w, h);
      }
      case 'timeline':
        return pane('Timeline', f, timelineLines(s, session.trace, session.eventsDone, w, h - 1, ui.selected), w, h);
      case 'objects': {
        const held = managedLines(session, procs);
        const rest = objectLines(s, Math.max(1, h - 1 - held.length), (loc) => shortLoc(session, loc), ui.objectsBack);
        // As far up as it went (clamped to the objects there are now).
        ui.objectsBack = rest.total - rest.last;
        const more = rest.total > rest.last - rest.first + 1 ? `  (${rest.first}-${rest.last} of ${rest.total}${f ? '; ↑↓ scroll' : '; Tab here, ↑↓ scroll'})` : '';
        return pane(`Kernel objects${more}`, f, held.length > 0 && rest.total === 0 ? held : [...held, ...rest.lines], w, h);
      }
      default: {
        const never: never = name;
        return [String(never)];
      }
    }
  };
  const pair = (a: PaneName, b: PaneName, h: number): string[] => {
    const left = Math.floor((width - 1) / 2);
    return beside(paneOf(a, left, h), paneOf(b, width - 1 - left, h));
  };

  const out = paneOf('procs', width, procH);
  if (ui.other) {
    out.push(...splitView(session, ui.other, width, middleH + outH, colorOf));
  } else {
    if (big) {
      const timeH = Math.min(procs.length + s.cpus.length + 4, Math.floor(middleH / 2));
      out.push(...pair('source', 'vars', middleH - timeH), ...pair('timeline', 'objects', timeH));
    } else if (ui.focus === 'timeline' || ui.focus === 'objects') out.push(...paneOf(ui.focus, width, middleH));
    else out.push(...pair('source', 'vars', middleH));
    out.push(...paneOf('output', width, outH));
  }
  const event = eventLines(session, width, eventH - 1);
  ui.eventMore = event.more;
  out.push(...pane(event.more ? 'Event  (x: all of it)' : 'Event', false, event.lines, width, eventH));
  return out;
}

/**
 * What Manager server processes hold for their clients (a shared dict or list lives in
 * the server's heap, not in the kernel): read from the server's program, so only for
 * processes named as Manager servers are (multiprocessing names them SyncManager-N).
 */
function managedLines(session: Session, procs: readonly Proc[]): Line[] {
  const out: Line[] = [];
  for (const p of procs) {
    if (p.status !== 'alive' || !p.name.includes('Manager')) continue;
    for (const m of session.program(p.pid)?.managed ?? []) {
      out.push([{ text: `held by ${p.name} (${p.pid})`, bold: true }, { text: ` ${m.value}` }, { text: `  (id 0x${m.name})`, dim: true }]);
    }
  }
  return out;
}

/** Two runs side by side (the TUI form of `forkscope compare`): process tables and outputs, the first differing output line marked. */
function splitView(a: Session, b: Session, width: number, height: number, colorOf: (pid: number) => string): string[] {
  const left = Math.floor((width - 1) / 2);
  const viewOf = (s: Session): RunView => ({
    state: s.state,
    trace: [],
    output: s.output.slice(0, s.writesDone),
    settings: s.settings,
    schedule: '',
    scenario: s.scenario.id,
    mainPid: s.mainPid,
    replay: '',
  });
  // While the other run is being recorded it is behind this one: its output is not comparable yet.
  const diff = b.recorded ? firstDifference(viewOf(a), viewOf(b)) : -1;
  const outputNote = !b.recorded ? '' : diff >= 0 ? ` (first difference: line ${diff + 1})` : ', the same so far';
  const side = (s: Session, w: number): string[] => {
    const running = s.recorded ? '' : ` (running: t=${formatDuration(s.clock)} so far)`;
    const procsH = Math.min(shownProcs(s.state).length + 2, Math.floor(height / 2));
    const out = outputLines(s.output, s.writesDone, height - procsH - 1, colorOf);
    const where = (p: Proc): string => (p.status === 'alive' ? shortLoc(s, s.location(p.pid)) : '');
    return [
      ...pane(`${s.settings.platform}: processes${running}`, false, processLines(s.state, { selected: -1 as Pid, width: w, height: procsH - 1, marked: new Set(), where, scrolls: false }), w, procsH),
      ...pane(`${s.settings.platform}: output${running === '' ? outputNote : ''}`, false, markLine(out, diff, s), w, height - procsH),
    ];
  };
  return beside(side(a, left), side(b, width - 1 - left));
}

/** Marks output line `diff` (counted from the top of the whole output) when it is on screen. */
function markLine(lines: Line[], diff: number, s: Session): Line[] {
  if (diff < 0) return lines;
  let total = 0;
  for (let i = 0; i < s.writesDone; i++) for (const ch of s.output[i]!.text) if (ch === '\n') total++;
  const firstShown = Math.max(0, total + 1 - lines.length);
  const at = diff - firstShown;
  if (at < 0 || at >= lines.length) return lines;
  return lines.map((l, i) => (i === at ? [{ text: '≠ ', color: 'red', bold: true }, ...l] : l));
}
