/**
 * The stepping UI: header, process table, source, variables, output, timeline, kernel
 * objects, the current event explained, overlays (help, process tree, scheduler, event
 * breakpoints) and the hint bar. All it knows of the run comes from the Session; all
 * keys go through the one key table (keys.ts).
 */
import React, { useEffect, useRef, useState } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findProc } from '../kernel/state.js';
import { parseDuration } from '../kernel/time.js';
import type { Pid } from '../kernel/types.js';
import type { Platform } from '../kernel/ctx.js';
import { explainStep } from '../render/explain.js';
import { renderTree } from '../render/tree.js';
import { firstDifference } from '../render/compare.js';
import type { RunView } from '../render/view.js';
import { type Command, commandOf, helpLines, hintBar } from './keys.js';
import { BREAK_KINDS, type BreakKind, nextBreak, searchStep, stepOfProcess } from './navigate.js';
import { LineText, Pane } from './components/Pane.js';
import { headerLines } from './panes/header.js';
import { processLines, shownProcs } from './panes/processes.js';
import { sourceLines, sourceView } from './panes/source.js';
import { variableLines } from './panes/variables.js';
import { outputLines } from './panes/output.js';
import { objectLines } from './panes/objects.js';
import { timelineLines } from './panes/timeline.js';
import { STATE_LEGEND, procColor } from './panes/style.js';
import { type Line, fit } from './text.js';
import { Session } from './session/session.js';
import { decisionText, optionTexts } from './session/decisions.js';

export type PaneName = 'procs' | 'source' | 'vars' | 'output' | 'timeline' | 'objects';
const FOCUS_ORDER: PaneName[] = ['procs', 'source', 'vars', 'output', 'timeline', 'objects'];

type Overlay = null | 'help' | 'tree' | 'sched' | 'kinds';

export interface AppProps {
  session: Session;
  cols: number;
  rows: number;
  /** Called with the last replay command written with `w` (printed after the UI closes). */
  onWrite?: (command: string) => void;
  /** Where `w` writes the schedule (default: <scenario>.schedule in the working directory). */
  scheduleFile?: string;
}

/** Turns Ink's key report into the key table's names (one per character for printable runs). */
function keyNames(input: string, key: Record<string, boolean>): string[] {
  if (key.rightArrow) return ['right'];
  if (key.leftArrow) return ['left'];
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (key.tab) return ['tab'];
  if (key.return) return ['enter'];
  if (key.escape) return ['escape'];
  if (key.pageUp) return ['pageup'];
  if (key.pageDown) return ['pagedown'];
  if ((key as { home?: boolean }).home) return ['home'];
  if ((key as { end?: boolean }).end) return ['end'];
  return [...input].map((ch) => (ch === ' ' ? 'space' : ch));
}

const otherPlatform = (p: Platform): Platform => (p === 'windows' ? 'linux' : 'windows');

export function App({ session, cols, rows, onWrite, scheduleFile }: AppProps): React.JSX.Element {
  const { exit } = useApp();
  const [, setVersion] = useState(0);
  const redraw = (): void => setVersion((v) => v + 1);
  const ui = useRef({
    selected: session.mainPid as Pid,
    focus: 'procs' as PaneName,
    cursor: 0,
    overlay: null as Overlay,
    overlayIndex: 0,
    prompt: null as null | { kind: 'jump' | 'search'; text: string },
    status: '',
    search: '',
    lines: new Set<string>(),
    kinds: new Set<BreakKind>(),
    procs: new Set<Pid>(),
    playing: false,
    speed: 1,
    other: null as Session | null,
  }).current;

  const sync = (): void => {
    if (ui.other) ui.other.seek(ui.other.stepAtTime(session.clock));
    const procs = shownProcs(session.state);
    if (!procs.some((p) => p.pid === ui.selected) && procs.length > 0) ui.selected = procs[0]!.pid;
  };
  const go = (p: number | null, what: string): void => {
    if (p === null) {
      ui.status = `no ${what} ${'in that direction'}`;
      return;
    }
    session.seek(p);
    ui.status = '';
    sync();
  };

  useEffect(() => {
    if (!ui.playing) return;
    const timer = setInterval(() => {
      if (session.position >= session.end) {
        ui.playing = false;
        ui.status = 'end of the run';
      } else go(session.position + ui.speed, 'step');
      redraw();
    }, 100);
    return () => clearInterval(timer);
  });

  const run = (c: Command): void => {
    const procs = shownProcs(session.state);
    const sel = procs.findIndex((p) => p.pid === ui.selected);
    switch (c) {
      case 'forward':
        go(session.position < session.end ? session.position + 1 : null, 'later event: this is the end of the run');
        return;
      case 'back':
        go(session.position > 0 ? session.position - 1 : null, 'earlier event: this is the start');
        return;
      case 'next':
        go(stepOfProcess(session, ui.selected, 1), `later step of pid ${ui.selected}`);
        return;
      case 'prev':
        go(stepOfProcess(session, ui.selected, -1), `earlier step of pid ${ui.selected}`);
        return;
      case 'cont':
      case 'rcont': {
        const bp = { lines: ui.lines, kinds: ui.kinds, procs: ui.procs };
        if (bp.lines.size + bp.kinds.size + bp.procs.size === 0) {
          ui.status = 'no breakpoints: b on a source line, e for event kinds, B for a process';
          return;
        }
        go(nextBreak(session, bp, c === 'cont' ? 1 : -1), 'breakpoint');
        if (ui.status === '') ui.status = `stopped at a breakpoint (step ${session.position})`;
        return;
      }
      case 'start':
        go(0, '');
        return;
      case 'end':
        go(session.end, '');
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
        go(searchStep(session, ui.search, c === 'searchNext' ? 1 : -1), `match for '${ui.search}'`);
        return;
      case 'play':
        ui.playing = !ui.playing;
        ui.status = ui.playing ? `playing at ${ui.speed} step(s) per tick` : 'paused';
        return;
      case 'faster':
        ui.speed = Math.min(ui.speed * 2, 4096);
        ui.status = `speed: ${ui.speed} step(s) per tick`;
        return;
      case 'slower':
        ui.speed = Math.max(1, ui.speed / 2);
        ui.status = `speed: ${ui.speed} step(s) per tick`;
        return;
      case 'up':
      case 'down': {
        const d = c === 'up' ? -1 : 1;
        if (ui.focus === 'source') ui.cursor = Math.max(1, ui.cursor + d);
        else if (procs.length > 0) ui.selected = procs[Math.max(0, Math.min(procs.length - 1, sel + d))]!.pid;
        return;
      }
      case 'focus': {
        ui.focus = FOCUS_ORDER[(FOCUS_ORDER.indexOf(ui.focus) + 1) % FOCUS_ORDER.length]!;
        if (ui.focus === 'source') ui.cursor = sourceView(session.state, ui.selected, session.scenario.file, session.scenario.source).current || 1;
        return;
      }
      case 'breakLine': {
        if (ui.focus !== 'source') {
          ui.status = 'Tab to the Source pane, move to a line, then b';
          return;
        }
        const key = `${basename(session.scenario.file)}:${ui.cursor}`;
        if (ui.lines.has(key)) ui.lines.delete(key);
        else ui.lines.add(key);
        ui.status = `${ui.lines.has(key) ? 'breakpoint set at' : 'breakpoint cleared at'} ${key}`;
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
        ui.overlay = ui.overlay === 'tree' ? null : 'tree';
        return;
      case 'help':
        ui.overlay = ui.overlay === 'help' ? null : 'help';
        return;
      case 'sched':
        if (session.nextDecisions().length === 0) {
          ui.status = 'the next step makes no decision (only one thing can happen); → to move on';
          return;
        }
        ui.overlay = 'sched';
        ui.overlayIndex = 0;
        return;
      case 'write': {
        const file = scheduleFile ?? `${basename(session.scenario.file).replace(/\.[^.]+$/, '')}.schedule`;
        const command = session.replayCommand();
        writeFileSync(file, `${session.schedule()}\n`);
        ui.status = `wrote ${file}; replay: ${command}`;
        onWrite?.(command);
        return;
      }
      case 'platform': {
        if (ui.other) {
          ui.other = null;
          ui.status = 'split view closed';
          return;
        }
        const platform = otherPlatform(session.settings.platform);
        ui.other = new Session(session.scenario, { ...session.options, platform, schedule: undefined });
        sync();
        ui.status = `${platform} beside ${session.settings.platform}: p again to close`;
        return;
      }
      case 'close':
        ui.overlay = null;
        return;
      case 'quit':
        exit();
        return;
      default: {
        const never: never = c;
        ui.status = String(never);
      }
    }
  };

  /** Keys while an overlay or prompt is open. */
  const modal = (name: string, input: string): boolean => {
    if (ui.prompt) {
      if (name === 'escape') ui.prompt = null;
      else if (name === 'enter') {
        const { kind, text } = ui.prompt;
        ui.prompt = null;
        if (kind === 'search') {
          ui.search = text;
          go(searchStep(session, text, 1), `match for '${text}'`);
        } else {
          const t = parseDuration(text.trim());
          if (/^\d+$/.test(text.trim())) go(session.stepOfEvent(Math.max(0, Number(text) - 1)), 'event');
          else if (t !== null) go(session.stepAtTime(t), 'time');
          else ui.status = `not an event number or a time: '${text}'`;
        }
      } else if (name === 'backspace') ui.prompt.text = ui.prompt.text.slice(0, -1);
      else if (input.length === 1 && input >= ' ') ui.prompt.text += input;
      return true;
    }
    if (ui.overlay === null) return false;
    if (name === 'escape' || name === 'q' || (ui.overlay === 'help' && name === '?') || (ui.overlay === 'tree' && name === 't')) {
      ui.overlay = null;
      return true;
    }
    if (ui.overlay === 'kinds') {
      if (name === 'up') ui.overlayIndex = Math.max(0, ui.overlayIndex - 1);
      if (name === 'down') ui.overlayIndex = Math.min(BREAK_KINDS.length - 1, ui.overlayIndex + 1);
      if (name === 'space' || name === 'enter') {
        const k = BREAK_KINDS[ui.overlayIndex]!;
        if (ui.kinds.has(k)) ui.kinds.delete(k);
        else ui.kinds.add(k);
      }
      return true;
    }
    if (ui.overlay === 'sched') {
      const opts = schedOptions();
      if (name === 'up') ui.overlayIndex = Math.max(0, ui.overlayIndex - 1);
      if (name === 'down') ui.overlayIndex = Math.min(opts.length - 1, ui.overlayIndex + 1);
      if (name === 'enter') {
        const o = opts[ui.overlayIndex]!;
        ui.overlay = null;
        if (o.choice === o.chosen) ui.status = 'that is what the run did already';
        else {
          session.choose(o.index, o.choice);
          sync();
          ui.status = `decision ${o.index + 1} taken over: option ${o.choice}; the run re-executed from here (← past this step returns to the original run)`;
        }
      }
      return true;
    }
    return true;
  };

  const schedOptions = (): { index: number; choice: number; chosen: number; text: string }[] => {
    const out: { index: number; choice: number; chosen: number; text: string }[] = [];
    for (const d of session.nextDecisions()) {
      optionTexts(session.state, d).forEach((text, choice) => out.push({ index: d.index, choice, chosen: d.chosen, text: `decision ${d.index + 1} (${decisionText(d)}): [${choice}] ${text}` }));
    }
    return out;
  };

  useInput((input, key) => {
    if (key.ctrl && input === 'c') {
      exit();
      return;
    }
    const names = key.backspace || key.delete ? ['backspace'] : keyNames(input, key as unknown as Record<string, boolean>);
    for (const name of names) {
      if (modal(name, name === 'space' ? ' ' : name)) continue;
      const c = commandOf(name);
      if (c) run(c);
    }
    redraw();
  });

  // ---- layout ----
  const s = session.state;
  const width = cols;
  const height = Math.max(10, rows - 1);
  const procs = shownProcs(s);
  const rank = new Map(procs.map((p, i) => [p.pid, i] as const));
  const colorOf = (pid: number): string => procColor(rank.get(pid) ?? 0);
  const big = height >= 40 && width >= 110;
  const header = headerLines(session, width);
  const [e0, e1] = session.currentEvents;
  const explained = explainStep(session.trace.slice(e0, e1), 2).map((t) => [{ text: t }] as Line);
  const procH = Math.min(procs.length + 2, big ? 12 : 7);
  const eventH = 3;
  const outH = big ? 9 : 5;
  const fixed = header.length + procH + eventH + outH + 2;
  const middleH = Math.max(4, height - fixed);

  const sv = sourceView(s, ui.selected, session.scenario.file, session.scenario.source);
  const proc = findProc(s, ui.selected);
  const view = session.program(ui.selected);
  const parentView = proc && proc.origin === 'fork' ? session.program(proc.origPpid) : null;

  const paneOf = (name: PaneName, w: number, h: number): React.JSX.Element => {
    const f = ui.focus === name;
    switch (name) {
      case 'procs':
        return <Pane key={name} title={`Processes  (${STATE_LEGEND})`} focused={f} width={w} height={h} lines={processLines(s, ui.selected, w, h - 1, ui.procs)} />;
      case 'source':
        return <Pane key={name} title={`Source: ${basename(sv.file)}${sv.current ? `:${sv.current}` : ''} (pid ${ui.selected})`} focused={f} width={w} height={h} lines={sourceLines(s, sv, h - 1, f ? ui.cursor : null, ui.lines)} />;
      case 'vars':
        return <Pane key={name} title={`Vars: pid ${ui.selected}${parentView ? ` (* differs from ${proc!.origPpid})` : ''}`} focused={f} width={w} height={h} lines={variableLines(view, parentView, h - 1)} />;
      case 'output':
        return <Pane key={name} title="Output" focused={f} width={w} height={h} lines={outputLines(session.output, session.writesDone, h - 1, colorOf)} />;
      case 'timeline':
        return <Pane key={name} title="Timeline" focused={f} width={w} height={h} lines={timelineLines(s, session.trace, session.eventsDone, w, h - 1, ui.selected)} />;
      case 'objects':
        return <Pane key={name} title="Kernel objects" focused={f} width={w} height={h} lines={objectLines(s, h - 1)} />;
      default: {
        const never: never = name;
        return <Text>{String(never)}</Text>;
      }
    }
  };

  const half = Math.floor(width / 2);
  let middle: React.JSX.Element;
  if (ui.other) middle = splitView(session, ui.other, width, middleH + outH, colorOf);
  else if (big) {
    const timeH = Math.min(procs.length + s.cpus.length + 4, Math.floor(middleH / 2));
    middle = (
      <Box flexDirection="column">
        <Box>
          {paneOf('source', half, middleH - timeH)}
          {paneOf('vars', width - half, middleH - timeH)}
        </Box>
        <Box>
          {paneOf('timeline', half, timeH)}
          {paneOf('objects', width - half, timeH)}
        </Box>
      </Box>
    );
  } else if (ui.focus === 'timeline' || ui.focus === 'objects') middle = paneOf(ui.focus, width, middleH);
  else
    middle = (
      <Box>
        {paneOf('source', half, middleH)}
        {paneOf('vars', width - half, middleH)}
      </Box>
    );

  const overlay = overlayLines(ui.overlay, session, ui.overlayIndex, ui.kinds, schedOptions);
  const bottom: Line = ui.prompt
    ? [{ text: ui.prompt.kind === 'jump' ? ':' : '/', bold: true }, { text: ui.prompt.text }, { text: ' ', inverse: true }, { text: ui.prompt.kind === 'jump' ? '   event number, or a time (12ms, 1.5s); Enter' : '   Enter searches events and output', dim: true }]
    : [{ text: ui.status || (ui.playing ? `playing x${ui.speed}` : ''), color: 'yellow' }];

  return (
    <Box flexDirection="column" width={width} height={height}>
      {header.map((l, i) => (
        <LineText key={`h${i}`} line={l} />
      ))}
      {overlay ? (
        <Pane title={overlay.title} focused width={width} height={height - header.length - 2} lines={overlay.lines} />
      ) : (
        <>
          {paneOf('procs', width, procH)}
          {middle}
          {ui.other ? null : paneOf('output', width, outH)}
          <Pane title="Event" width={width} height={eventH} lines={explained} />
        </>
      )}
      <LineText line={bottom} />
      <Text dimColor wrap="truncate">
        {fit(hintBar(), width)}
      </Text>
    </Box>
  );
}

function overlayLines(
  overlay: Overlay,
  session: Session,
  index: number,
  kinds: ReadonlySet<BreakKind>,
  sched: () => { text: string; choice: number; chosen: number }[],
): { title: string; lines: Line[] } | null {
  switch (overlay) {
    case null:
      return null;
    case 'help':
      return { title: 'Keys (Esc or ? closes)', lines: helpLines().map((l) => [{ text: l, bold: !l.startsWith(' ') }]) };
    case 'tree':
      return { title: 'Process tree (Esc or t closes)', lines: renderTree(session.state).replace(/\n$/, '').split('\n').map((l) => [{ text: l }]) };
    case 'kinds':
      return {
        title: 'Stop at these events (↑↓ move, Space toggles, Esc closes; then c / C)',
        lines: BREAK_KINDS.map((k, i) => [{ text: `${i === index ? '>' : ' '} ${kinds.has(k) ? '[x]' : '[ ]'} ${k}`, inverse: i === index }]),
      };
    case 'sched':
      return {
        title: 'Be the scheduler: pick an option (↑↓, Enter; Esc cancels)',
        lines: sched().map((o, i) => [{ text: `${i === index ? '>' : ' '} ${o.choice === o.chosen ? '(taken) ' : '        '}${o.text}`, inverse: i === index }]),
      };
    default: {
      const never: never = overlay;
      return { title: String(never), lines: [] };
    }
  }
}

/** Two runs side by side (the TUI form of `forkscope compare`): process tables and outputs, the first differing output line marked. */
function splitView(a: Session, b: Session, width: number, height: number, colorOf: (pid: number) => string): React.JSX.Element {
  const half = Math.floor(width / 2);
  const viewOf = (s: Session): RunView => ({
    state: s.state,
    trace: s.trace.slice(0, s.eventsDone),
    output: s.output.slice(0, s.writesDone),
    settings: s.settings,
    schedule: s.scheduleSoFar(),
    scenario: s.scenario.id,
    mainPid: s.mainPid,
    replay: s.replayCommand(),
  });
  const diff = firstDifference(viewOf(a), viewOf(b));
  const side = (s: Session, w: number): React.JSX.Element => {
    const procsH = Math.min(shownProcs(s.state).length + 2, Math.floor(height / 2));
    const out = outputLines(s.output, s.writesDone, height - procsH - 1, colorOf);
    return (
      <Box flexDirection="column" width={w}>
        <Pane title={`${s.settings.platform}: processes`} width={w} height={procsH} lines={processLines(s.state, -1, w, procsH - 1, new Set())} />
        <Pane title={`${s.settings.platform}: output${diff >= 0 ? ` (first difference: line ${diff + 1})` : ''}`} width={w} height={height - procsH} lines={markLine(out, diff, s)} />
      </Box>
    );
  };
  return (
    <Box>
      {side(a, half)}
      {side(b, width - half)}
    </Box>
  );
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
