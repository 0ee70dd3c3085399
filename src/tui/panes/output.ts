/** The terminal up to now: every write in order, coloured by the process that made it; the latest write highlighted. */
import type { Write } from '../../kernel/trace.js';
import type { Line } from '../text.js';

export function outputLines(output: readonly Write[], count: number, height: number, color: (pid: number) => string): Line[] {
  const lines: Line[] = [[]];
  // Only the tail can show: start far enough back to fill the pane.
  let start = count;
  let newlines = 0;
  while (start > 0 && newlines <= height) {
    start--;
    for (const ch of output[start]!.text) if (ch === '\n') newlines++;
  }
  for (let i = start; i < count; i++) {
    const w = output[i]!;
    const parts = w.text.split('\n');
    parts.forEach((part, j) => {
      if (j > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ text: part, color: w.fd === 2 ? 'red' : color(w.pid), inverse: i === count - 1 });
    });
  }
  if (lines.length > 1 && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines.slice(-height);
}
