/**
 * `forkscope step FILE`: step through a run in the terminal UI. With stdout not a
 * terminal (a pipe, a file, CI) there is no UI: the run's plain output is printed, then
 * one line on how to open the UI, and the command exits with the program's status.
 */
import { loadScenario } from '../scenario/load.js';
import { endReport } from '../render/report.js';
import { type RunFlags, optionsFromFlags, simulateOrExplain } from './run.js';
import { pickScenario } from './pick.js';
import type { Io } from './io.js';
import { EXIT } from '../scenario/errors.js';

export interface Terminal {
  /** Both stdin and stdout are terminals (Ink needs raw mode on stdin). */
  interactive: boolean;
}

export async function stepCommand(file: string | undefined, flags: RunFlags, io: Io, term: Terminal): Promise<number> {
  const options = optionsFromFlags(flags);
  if (!term.interactive) {
    if (file === undefined) {
      io.stderr("forkscope: step needs a scenario when stdout is not a terminal (see 'forkscope list')\n");
      return 2;
    }
    const scenario = await loadScenario(file);
    const sim = simulateOrExplain(scenario, options, { tracing: false });
    for (const w of sim.output) (w.fd === 2 ? io.stderr : io.stdout)(w.text);
    const report = endReport(sim);
    if (report) io.stderr(report);
    io.stderr(`forkscope: not a terminal, so no stepping UI; run 'forkscope step ${scenario.id}' in a terminal to step through it\n`);
    return sim.state.end!.status;
  }
  if (process.env.NO_COLOR && process.env.FORCE_COLOR === undefined) process.env.FORCE_COLOR = '0';
  if (process.env.NODE_ENV === undefined) process.env.NODE_ENV = 'production';
  let ref = file ?? null;
  if (ref === null) {
    const picked = await pickScenario();
    if (picked.id === null) return picked.interrupted ? EXIT.interrupted : 0;
    ref = picked.id;
  }
  // From here on keys are the UI's: raw mode at once, so that keys typed before the UI is up
  // are not echoed on the terminal (the UI reads them; Ctrl-C is then a key, which quits).
  // Not before the picker: started on a terminal already raw, it got its keys a line at a time
  // (Enter reached its filter as a space; seen in tmux, test/tui/e2e.test.ts).
  const keys = process.stdin.isTTY ? process.stdin : null;
  keys?.setRawMode(true);
  try {
    const scenario = await loadScenario(ref);
    const { Session } = await import('../tui/session/session.js');
    // Recorded by the UI once it has the screen (it says how far it got; q quits meanwhile).
    const session = new Session(scenario, options, { deferred: true });
    const { startTui } = await import('../tui/start.js');
    const { written, interrupted } = await startTui(session);
    if (written) io.stdout(`replay the schedule you wrote: ${written}\n`);
    // Ctrl-C: the status of an interrupted program (128 + SIGINT), as shells report it.
    return interrupted ? EXIT.interrupted : 0;
  } finally {
    keys?.setRawMode(false);
  }
}
