/**
 * The stepping UI: keys in (through the one key table, keys.ts, to commands.ts), the
 * screen out (screen.ts, one painted string per row). All it knows of the run comes
 * from the Session.
 */
import React, { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import { type CommandContext, modalKey, playTick, runCommand } from './commands.js';
import { RecordingHeap } from './heap.js';
import { commandOf } from './keys.js';
import type { Painter } from './painter.js';
import { screenRows } from './screen.js';
import type { Session } from './session/session.js';
import { initialUi } from './ui.js';

export interface AppProps {
  session: Session;
  cols: number;
  rows: number;
  /** Called with the replay command each time `w` writes the schedule (printed after the UI closes). */
  onWrite?: (command: string) => void;
  /** Where `w` writes the schedule (default: <scenario>.schedule in the working directory). */
  scheduleFile?: string;
  /** Draws the rows on the terminal directly (painter.ts); without one, Ink draws them (tests read Ink's frames). */
  painter?: Painter;
}

/** How the UI ended: q, or Ctrl-C (the command then exits with 130, as an interrupted program does). */
export interface Ending {
  interrupted: boolean;
}

/** Wall-clock milliseconds a slice of recording takes at most before the next frame (the frame says how far it got). */
const RECORD_MS = 40;

/** Records `session` for about `ms` of wall-clock time; true once it is recorded to its end. */
function recordFor(session: Session, ms: number): boolean {
  const until = Date.now() + ms;
  while (!session.recordSome(16)) if (Date.now() >= until) return false;
  return true;
}

const CHAR_KEYS: Readonly<Record<string, string>> = { ' ': 'space', '\r': 'enter', '\n': 'enter', '\t': 'tab', '\x7f': 'backspace', '\b': 'backspace' };

/** Turns Ink's key report into the key table's names (one per character for printable runs). */
function keyNames(input: string, key: Record<string, boolean>): string[] {
  if (key.rightArrow) return [key.shift ? 'shift-right' : 'right'];
  if (key.leftArrow) return [key.shift ? 'shift-left' : 'left'];
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (key.tab) return ['tab'];
  if (key.return) return ['enter'];
  if (key.escape) return ['escape'];
  if (key.pageUp) return ['pageup'];
  if (key.pageDown) return ['pagedown'];
  if (key.home) return ['home'];
  if (key.end) return ['end'];
  if (key.backspace || key.delete) return ['backspace'];
  // Several keys in one read (typed fast, pasted, or sent by tmux at once): each by itself.
  return [...input].map((ch) => CHAR_KEYS[ch] ?? ch);
}

/** One row of the screen: redrawn by React only when its text changes. */
const Row = React.memo(function Row({ text }: { text: string }): React.JSX.Element {
  return <Text wrap="truncate">{text}</Text>;
});

export function App({ session, cols, rows, onWrite, scheduleFile, painter }: AppProps): React.JSX.Element {
  const { exit } = useApp();
  const [, setVersion] = useState(0);
  const redraw = (): void => setVersion((v) => v + 1);
  const ui = useRef(initialUi(session)).current;
  // Work put off with `later` (the split view's recording, a slice at a time) stops when the UI closes.
  const open = useRef(true);
  useEffect(
    () => () => {
      open.current = false;
    },
    [],
  );
  const ctx: CommandContext = {
    session,
    ui,
    quit: () => exit({ interrupted: false } satisfies Ending),
    onWrite,
    scheduleFile,
    page: Math.max(1, rows - 8),
    later: (work) =>
      setTimeout(() => {
        if (!open.current) return;
        guarded(work);
        redraw();
      }, 0),
  };

  // A command that fails is our bug (a broken invariant): leave the UI with it, so the terminal comes back and it is reported.
  const guarded = (f: () => void): void => {
    try {
      f();
    } catch (e) {
      exit(e instanceof Error ? e : new Error(String(e)));
    }
  };

  // A run not recorded yet (forkscope step takes the terminal first): recorded a slice per frame, then shown from its start.
  useEffect(() => {
    if (session.recorded) return;
    const heap = new RecordingHeap();
    const slice = (): void => {
      if (recordFor(session, RECORD_MS)) session.seek(0);
      else {
        heap.slice();
        ctx.later!(slice);
      }
    };
    ctx.later!(slice);
  }, []);

  useEffect(() => {
    if (!ui.playing) return;
    const timer = setInterval(() => {
      guarded(() => playTick(ctx));
      redraw();
    }, 100);
    return () => clearInterval(timer);
  });

  // Idle after a frame: make the next step back short (session.prepareBack); a key before then cancels it.
  useEffect(() => {
    if (!session.recorded) return;
    const timer = setTimeout(() => guarded(() => session.prepareBack()), 40);
    return () => clearTimeout(timer);
  });

  useInput((input, key) => {
    if (key.ctrl && input === 'c') {
      exit({ interrupted: true } satisfies Ending);
      return;
    }
    // While the run is being recorded, only q does something (it quits).
    const names = keyNames(input, key as unknown as Record<string, boolean>);
    if (!session.recorded) {
      if (names.includes('q')) ctx.quit();
      return;
    }
    // A message stays until the next key.
    if (!ui.prompt) ui.status = '';
    guarded(() => {
      for (const name of names) {
        if (modalKey(ctx, name, name === 'space' ? ' ' : name)) continue;
        const c = commandOf(name);
        if (c) runCommand(ctx, c);
      }
    });
    redraw();
  });

  const lines = screenRows(session, ui, { cols, rows });
  useLayoutEffect(() => painter?.paint(lines, cols, rows));
  if (painter) return <></>;
  return (
    <Box flexDirection="column" width={cols} height={lines.length}>
      {lines.map((l, i) => (
        <Row key={i} text={l} />
      ))}
    </Box>
  );
}
