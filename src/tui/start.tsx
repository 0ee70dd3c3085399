/**
 * Starting the stepping UI in a terminal: the alternate screen (Ink 6 has no option
 * for it), the terminal's size followed on resize, and the terminal given back — screen,
 * cursor, line mode — on q, Ctrl-C, a hang-up or termination signal, or any error.
 */
import React, { useEffect, useState } from 'react';
import { render, useStdout } from 'ink';
import { App, type Ending } from './App.js';
import { Painter } from './painter.js';
import type { Session } from './session/session.js';

function Root({ session, onWrite, painter }: { session: Session; onWrite: (c: string) => void; painter: Painter }): React.JSX.Element {
  const { stdout } = useStdout();
  const size = (): [number, number] => [stdout.columns || 80, stdout.rows || 24];
  const [[cols, rows], setSize] = useState(size);
  useEffect(() => {
    const on = (): void => setSize(size());
    stdout.on('resize', on);
    return () => {
      stdout.off('resize', on);
    };
  }, [stdout]);
  return <App session={session} cols={cols} rows={rows} onWrite={onWrite} painter={painter} />;
}

export interface TuiResult {
  /** The last replay command written with `w`, if any. */
  written: string | null;
  /** Left with Ctrl-C (the command exits with 130), rather than q. */
  interrupted: boolean;
}

const SIGNALS = { SIGTERM: 15, SIGHUP: 1 } as const;

/** Runs the UI until the user quits. */
export async function startTui(session: Session): Promise<TuiResult> {
  let written: string | null = null;
  const leave = (): void => {
    // The primary screen back, the cursor shown (Ink hides it), raw mode off.
    process.stdout.write('\x1b[?1049l\x1b[?25h');
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
  };
  const onSignal = (sig: keyof typeof SIGNALS): void => {
    leave();
    process.exit(128 + SIGNALS[sig]);
  };
  process.stdout.write('\x1b[?1049h\x1b[H');
  process.on('exit', leave);
  for (const sig of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(sig, onSignal);
  try {
    // Ctrl-C is the App's: it exits with 130 where Ink's own handler would exit 0.
    // The rows are drawn by the painter; Ink reads the keys and runs the app.
    const painter = new Painter(process.stdout);
    const app = render(<Root session={session} onWrite={(c) => (written = c)} painter={painter} />, { exitOnCtrlC: false, patchConsole: false });
    const ending = (await app.waitUntilExit()) as Ending | undefined;
    return { written, interrupted: ending?.interrupted === true };
  } finally {
    leave();
    process.off('exit', leave);
    for (const sig of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.off(sig, onSignal);
  }
}
