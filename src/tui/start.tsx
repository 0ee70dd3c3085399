/**
 * Starting the stepping UI in a terminal: the alternate screen (Ink 6 has no option
 * for it), the terminal's size followed on resize, and the terminal given back on q,
 * Ctrl-C or any error.
 */
import React, { useEffect, useState } from 'react';
import { render, useStdout } from 'ink';
import { App } from './App.js';
import type { Session } from './session/session.js';

function Root({ session, onWrite }: { session: Session; onWrite: (c: string) => void }): React.JSX.Element {
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
  return <App session={session} cols={cols} rows={rows} onWrite={onWrite} />;
}

/** Runs the UI until the user quits; returns the last replay command written with `w`, if any. */
export async function startTui(session: Session): Promise<string | null> {
  let written: string | null = null;
  const leave = (): void => {
    process.stdout.write('\x1b[?1049l\x1b[?25h');
  };
  process.stdout.write('\x1b[?1049h\x1b[H');
  process.on('exit', leave);
  try {
    const app = render(<Root session={session} onWrite={(c) => (written = c)} />, { exitOnCtrlC: true, patchConsole: false });
    await app.waitUntilExit();
  } finally {
    leave();
    process.off('exit', leave);
  }
  return written;
}
