/**
 * What each key does: the commands of the key table (keys.ts) and the keys of overlays
 * and prompts, as changes to the session's position and to the UI state (ui.ts).
 * Nothing here draws; the screen reads the result.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Platform } from '../kernel/ctx.js';
import { formatDuration, parseDuration } from '../kernel/time.js';
import type { Command } from './keys.js';
import { BREAK_KINDS, nextBreak, searchStep, stepOfProcess } from './navigate.js';
import { shownProcs } from './panes/processes.js';
import { sourceView } from './panes/source.js';
import { decisionText, optionTexts } from './session/decisions.js';
import { Session } from './session/session.js';
import { FOCUS_ORDER, type Ui, type WidePane } from './ui.js';

/** Columns a sideways scroll moves. */
const SCROLL_STEP = 16;

/** The pane `<` and `>` scroll: the focused one when its lines can be long, else the Source pane. */
const widePane = (ui: Ui): WidePane => (ui.focus === 'output' || ui.focus === 'vars' ? ui.focus : 'source');

export interface CommandContext {
  session: Session;
  ui: Ui;
  /** Leaves the UI (q). */
  quit: () => void;
  /** Told the replay command each time `w` writes the schedule. */
  onWrite?: (command: string) => void;
  /** Where `w` writes the schedule (default: <scenario>.schedule in the working directory). */
  scheduleFile?: string;
  /** Rows a text overlay shows (help and tree scroll by pages of this). */
  page: number;
  /** Runs long work after the frame now being drawn (which says it is coming), then draws again; without it, at once. */
  later?: (work: () => void) => void;
}

const otherPlatform = (p: Platform): Platform => (p === 'windows' ? 'linux' : 'windows');
/** The least virtual time the other platform's run is given in the split view (`p`), in ns. */
const MIN_OTHER = 1_000_000;
/**
 * Kernel steps of the other platform's run recorded between two frames while the split
 * view fills (a step that spawns a Python program imports its modules: some take 20 ms).
 */
const RECORD_SLICE = 24;

/** After any move: the split view follows by time; the selection stays on a shown process. */
function sync(c: CommandContext): void {
  const { session, ui } = c;
  if (ui.other?.recorded) ui.other.seek(ui.other.stepAtTime(session.clock));
  const procs = shownProcs(session.state);
  if (!procs.some((p) => p.pid === ui.selected) && procs.length > 0) ui.selected = procs[0]!.pid;
  // The Event overlay shows the new step from its start.
  if (ui.overlay === 'event') ui.overlayIndex = 0;
}

/** Moves to position p, or says there is nothing that way. */
function go(c: CommandContext, p: number | null, none: string): void {
  if (p === null) {
    c.ui.status = none;
    return;
  }
  c.session.seek(p);
  c.ui.status = '';
  sync(c);
}

/** One tick of play: `speed` steps on, stopping at the end. */
export function playTick(c: CommandContext): void {
  const { session, ui } = c;
  if (session.position >= session.end) {
    ui.playing = false;
    ui.status = 'end of the run';
  } else go(c, Math.min(session.end, session.position + ui.speed), '');
}

export function runCommand(c: CommandContext, cmd: Command): void {
  const { session, ui } = c;
  const procs = shownProcs(session.state);
  const sel = procs.findIndex((p) => p.pid === ui.selected);
  switch (cmd) {
    case 'forward':
      go(c, session.position < session.end ? session.position + 1 : null, 'this is the end of the run (g goes back to the start)');
      return;
    case 'back':
      go(c, session.position > 0 ? session.position - 1 : null, 'this is the start of the run');
      return;
    case 'next':
      go(c, stepOfProcess(session, ui.selected, 1), `pid ${ui.selected} does nothing more after this`);
      return;
    case 'prev':
      go(c, stepOfProcess(session, ui.selected, -1), `pid ${ui.selected} did nothing before this`);
      return;
    case 'cont':
    case 'rcont': {
      const bp = { lines: ui.lines, kinds: ui.kinds, procs: ui.procs };
      if (bp.lines.size + bp.kinds.size + bp.procs.size === 0) {
        ui.status = 'no breakpoints: b on a source line (Tab to the Source pane), e for event kinds, B for a process';
        return;
      }
      const forward = cmd === 'cont';
      const hit = nextBreak(session, bp, forward ? 1 : -1);
      go(c, hit?.step ?? null, `no breakpoint ${forward ? 'after' : 'before'} this point`);
      if (hit === null) return;
      // As a debugger does: the process that hit it is the one looked at.
      if (shownProcs(session.state).some((p) => p.pid === hit.pid)) ui.selected = hit.pid;
      ui.status = `stopped at a breakpoint (${hit.what}): pid ${hit.pid} (step ${session.position})`;
      return;
    }
    case 'start':
      go(c, 0, '');
      return;
    case 'end':
      go(c, session.end, '');
      return;
    case 'jump':
      ui.prompt = { kind: 'jump', text: '' };
      return;
    case 'search':
      ui.prompt = { kind: 'search', text: '' };
      return;
    case 'searchNext':
    case 'searchPrev':
      if (!ui.search) {
        ui.status = 'nothing searched yet: / to search';
        return;
      }
      go(c, searchStep(session, ui.search, cmd === 'searchNext' ? 1 : -1), `no ${cmd === 'searchNext' ? 'later' : 'earlier'} match for '${ui.search}'`);
      if (ui.status === '') ui.status = found(c);
      return;
    case 'play':
      ui.playing = !ui.playing;
      ui.status = ui.playing ? `playing, ${ui.speed} step${ui.speed === 1 ? '' : 's'} a tick (+ and - change it; Space pauses)` : 'paused';
      return;
    case 'faster':
    case 'slower':
      ui.speed = cmd === 'faster' ? Math.min(ui.speed * 2, 4096) : Math.max(1, ui.speed / 2);
      ui.status = `speed: ${ui.speed} step${ui.speed === 1 ? '' : 's'} a tick`;
      return;
    case 'up':
    case 'down': {
      const d = cmd === 'up' ? -1 : 1;
      if (ui.focus === 'source') ui.cursor = Math.max(1, Math.min(sourceLineCount(session), ui.cursor + d));
      // The screen clamps it to the objects there are.
      else if (ui.focus === 'objects') ui.objectsBack = Math.max(0, ui.objectsBack - d);
      else if (procs.length > 0) ui.selected = procs[Math.max(0, Math.min(procs.length - 1, sel + d))]!.pid;
      return;
    }
    case 'focus': {
      ui.focus = FOCUS_ORDER[(FOCUS_ORDER.indexOf(ui.focus) + 1) % FOCUS_ORDER.length]!;
      if (ui.focus === 'source') ui.cursor = sourceView(session.scenario.file, session.scenario.source, session.location(ui.selected)).current || 1;
      return;
    }
    case 'scrollLeft':
    case 'scrollRight': {
      const p = widePane(ui);
      const x = Math.min(ui.scrollX[p], ui.scrollMax[p]);
      if (cmd === 'scrollRight' && x >= ui.scrollMax[p]) ui.status = `no line of the ${p} pane goes further right`;
      else if (cmd === 'scrollLeft' && x === 0) ui.status = `the ${p} pane shows the start of its lines`;
      ui.scrollX[p] = cmd === 'scrollRight' ? Math.min(ui.scrollMax[p], x + SCROLL_STEP) : Math.max(0, x - SCROLL_STEP);
      return;
    }
    case 'breakLine': {
      if (ui.focus !== 'source') {
        ui.status = 'Tab to the Source pane, move to a line with ↑↓, then b';
        return;
      }
      const key = `${basename(session.scenario.file)}:${ui.cursor}`;
      if (ui.lines.has(key)) ui.lines.delete(key);
      else ui.lines.add(key);
      ui.status = `${ui.lines.has(key) ? 'breakpoint set at' : 'breakpoint cleared at'} ${key}${ui.lines.has(key) ? ' (c continues to it)' : ''}`;
      return;
    }
    case 'breakKinds':
      ui.overlay = 'kinds';
      ui.overlayIndex = 0;
      return;
    case 'breakProc':
      if (ui.procs.has(ui.selected)) ui.procs.delete(ui.selected);
      else ui.procs.add(ui.selected);
      ui.status = `${ui.procs.has(ui.selected) ? 'breakpoint on' : 'no breakpoint on'} pid ${ui.selected}`;
      return;
    case 'tree':
    case 'help':
      ui.overlay = ui.overlay === cmd ? null : cmd;
      ui.overlayIndex = 0;
      return;
    case 'explain':
      ui.overlay = ui.overlay === 'event' ? null : 'event';
      ui.overlayIndex = 0;
      return;
    case 'sched':
      openScheduler(c);
      return;
    case 'write': {
      const file = c.scheduleFile ?? `${basename(session.scenario.file).replace(/\.[^.]+$/, '')}.schedule`;
      const command = session.replayCommand();
      writeFileSync(file, `${session.schedule()}\n`);
      ui.status = `wrote ${file}; replay (printed again when you quit): ${command}`;
      c.onWrite?.(command);
      return;
    }
    case 'platform': {
      if (ui.other) {
        ui.other = null;
        ui.status = 'split view closed';
        return;
      }
      const platform = otherPlatform(session.settings.platform);
      // The views are kept at the same virtual time, so the other run is needed only up to
      // where this one ends (a windows run that spawns pool workers for a minute would
      // otherwise be recorded whole before the view opens).
      const end = session.clockAt(session.end);
      const maxTime = Math.min(session.settings.maxTime, Math.max(end, MIN_OTHER));
      const cut = maxTime < session.settings.maxTime ? ` (run to t=${formatDuration(maxTime)}, where this one ends)` : '';
      const other = new Session(session.scenario, { ...session.options, platform, schedule: undefined, maxTime }, { deferred: true });
      ui.other = other;
      const done = (): void => {
        sync(c);
        ui.status = `${platform} beside ${session.settings.platform}, at the same virtual time${cut}: p again to close`;
      };
      // Recording the other run can take seconds (a windows run that spawns pool workers):
      // a slice between frames, so the view opens at once, fills as the run advances and
      // keys work meanwhile. Closing the view (p) stops it.
      const slice = (): void => {
        if (ui.other !== other) return;
        if (other.recordSome(RECORD_SLICE)) done();
        else c.later!(slice);
      };
      if (c.later) {
        ui.status = `running the program on ${platform}${cut}: the view fills as it runs; p closes it`;
        c.later(slice);
      } else {
        other.recordSome(Infinity);
        done();
      }
      return;
    }
    case 'close':
      ui.overlay = null;
      ui.prompt = null;
      return;
    case 'quit':
      c.quit();
      return;
    default: {
      const never: never = cmd;
      ui.status = String(never);
    }
  }
}

const sourceLineCount = (s: Session): number => s.scenario.source.replace(/\n$/, '').split('\n').length;

/** `s`: the choices of the next step; when it has none, the next step that has some. */
function openScheduler(c: CommandContext): void {
  const { session, ui } = c;
  if (session.nextDecisions().length === 0) {
    const p = session.nextDecisionStep();
    if (p === null) {
      ui.status = 'nothing is left to decide in this run: from here on only one thing can happen at each step';
      return;
    }
    go(c, p, '');
    ui.status = `moved on to step ${p}, the next one where something else could happen`;
  }
  ui.overlay = 'sched';
  ui.overlayIndex = 0;
}

export interface SchedOption {
  /** The decision's index in the run's schedule. */
  index: number;
  choice: number;
  chosen: number;
  /** The option in words ('pid 1002 goes first: its write'). */
  text: string;
  /** The decision it is an option of, in words ('decision 5: how late a timer fires within the timer slack'). */
  about: string;
}

/** The options of the next step's decisions. */
export function schedOptions(session: Session): SchedOption[] {
  const out: SchedOption[] = [];
  for (const d of session.nextDecisions()) {
    const about = `decision ${d.index + 1}: ${decisionText(d)}`;
    optionTexts(session.state, d).forEach((text, choice) => out.push({ index: d.index, choice, chosen: d.chosen, text, about }));
  }
  return out;
}

/** Keys while an overlay or a prompt is open; false when neither is (the key is a command). */
export function modalKey(c: CommandContext, name: string, input: string): boolean {
  const { session, ui } = c;
  if (ui.prompt) {
    promptKey(c, name, input);
    return true;
  }
  if (ui.overlay === null) return false;
  if (name === 'escape' || name === 'q' || (ui.overlay === 'help' && name === '?') || (ui.overlay === 'tree' && name === 't') || (ui.overlay === 'event' && name === 'x')) {
    ui.overlay = null;
    return true;
  }
  const move = (n: number, last: number): void => {
    ui.overlayIndex = Math.max(0, Math.min(last, ui.overlayIndex + n));
  };
  const step = name === 'up' || name === 'k' ? -1 : name === 'down' || name === 'j' ? 1 : name === 'pageup' ? -c.page : name === 'pagedown' || name === 'space' ? c.page : 0;
  switch (ui.overlay) {
    case 'help':
    case 'tree':
      // Text overlays scroll (the screen clamps to their length).
      if (step !== 0) move(step, Number.MAX_SAFE_INTEGER);
      return true;
    case 'event':
      // It scrolls too; every other key does what it does without it (→ ← step, and it follows).
      if (step === 0 || name === 'space') return false;
      move(step, Number.MAX_SAFE_INTEGER);
      return true;
    case 'kinds':
      if (name === 'up' || name === 'down') move(step, BREAK_KINDS.length - 1);
      if (name === 'space' || name === 'enter') {
        const k = BREAK_KINDS[ui.overlayIndex]!;
        if (ui.kinds.has(k)) ui.kinds.delete(k);
        else ui.kinds.add(k);
      }
      return true;
    case 'sched': {
      const opts = schedOptions(session);
      if (name === 'up' || name === 'down' || name === 'pageup' || name === 'pagedown') move(step, opts.length - 1);
      if (name === 'enter') {
        const o = opts[ui.overlayIndex]!;
        ui.overlay = null;
        if (o.choice === o.chosen) ui.status = 'that is what the run did already';
        else {
          session.choose(o.index, o.choice);
          sync(c);
          ui.status = `decision ${o.index + 1} taken over: option ${o.choice}; the run re-executed from here (← past this step returns to the original run; w writes the new schedule)`;
        }
      }
      return true;
    }
    default: {
      const never: never = ui.overlay;
      return Boolean(never);
    }
  }
}

/** Where a search stopped, and how to go on. */
const found = (c: CommandContext): string => `'${c.ui.search}' at event ${c.session.eventsDone} (in its events or output): ] next match, [ previous`;

function promptKey(c: CommandContext, name: string, input: string): void {
  const { session, ui } = c;
  const prompt = ui.prompt!;
  if (name === 'escape') ui.prompt = null;
  else if (name === 'enter') {
    ui.prompt = null;
    const text = prompt.text.trim();
    if (prompt.kind === 'search') {
      ui.search = text;
      go(c, searchStep(session, text, 1), `no match for '${text}' after this point`);
      if (ui.status === '') ui.status = found(c);
      return;
    }
    const t = parseDuration(text);
    if (/^\d+$/.test(text)) go(c, session.stepOfEvent(Math.max(0, Number(text) - 1)), '');
    else if (t !== null) go(c, session.stepAtTime(t), '');
    else ui.status = `not an event number or a time: '${text}'`;
  } else if (name === 'backspace') prompt.text = prompt.text.slice(0, -1);
  else if (input.length === 1 && input >= ' ') prompt.text += input;
}
