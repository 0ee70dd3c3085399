/**
 * The terminal up to now: every write in order, coloured by the process that made it; the
 * latest write highlighted. A carriage return goes back to the start of the line and what
 * follows overwrites it, as on a terminal (progress lines that count up in place show
 * their last state); escape sequences a program prints are left out (text.ts, printable).
 */
import type { Write } from '../../kernel/trace.js';
import { type Line, type Seg, sliceLine, width } from '../text.js';

/** A line being written: its segments, and the column a carriage return moved the cursor to (null: at the end). */
interface Open {
  line: Line;
  at: number | null;
}

/** Writes `seg` at the cursor: appended, or over what is there after a carriage return. */
function put(o: Open, seg: Seg): void {
  if (o.at === null) {
    o.line.push(seg);
    return;
  }
  const w = width(seg.text);
  const total = o.line.reduce((n, s) => n + width(s.text), 0);
  o.line = [...sliceLine(o.line, 0, o.at), seg, ...sliceLine(o.line, o.at + w)];
  o.at = o.at + w >= total ? null : o.at + w;
}

export function outputLines(output: readonly Write[], count: number, height: number, color: (pid: number) => string): Line[] {
  const lines: Line[] = [];
  // Only the tail can show: start far enough back to fill the pane.
  let start = count;
  let newlines = 0;
  while (start > 0 && newlines <= height) {
    start--;
    for (const ch of output[start]!.text) if (ch === '\n') newlines++;
  }
  let open: Open = { line: [], at: null };
  for (let i = start; i < count; i++) {
    const w = output[i]!;
    const style = { color: w.fd === 2 ? 'red' : color(w.pid), inverse: i === count - 1 };
    w.text.split('\n').forEach((part, j) => {
      if (j > 0) {
        lines.push(open.line);
        open = { line: [], at: null };
      }
      part.split('\r').forEach((piece, k) => {
        if (k > 0) open.at = 0;
        if (piece) put(open, { text: piece, ...style });
      });
    });
  }
  if (open.line.length > 0) lines.push(open.line);
  return lines.slice(-height);
}
