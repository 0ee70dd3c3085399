/** The programs' output as a terminal shows it: every write, in write order. */
import type { Write } from '../kernel/trace.js';
import type { Out, RunWriter } from './writer.js';

/** All writes merged, as one terminal would show stdout and stderr together. */
export function terminalText(output: readonly Write[]): string {
  let text = '';
  for (const w of output) text += w.text;
  return text;
}

/** Only the writes to one fd. */
export function streamText(output: readonly Write[], fd: number): string {
  let text = '';
  for (const w of output) if (w.fd === fd) text += w.text;
  return text;
}

/** The programs' output as it happens: each write to its own stream, in write order. */
export function outputWriter(stdout: Out, stderr: Out): RunWriter {
  return { tracing: false, start: () => {}, event: () => {}, write: (w) => (w.fd === 2 ? stderr : stdout)(w.text), finish: () => {} };
}
