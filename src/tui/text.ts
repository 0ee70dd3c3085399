/**
 * Text for fixed-width panes: display width (CJK characters take two columns), fitting,
 * and painting a line of styled segments into one string (chalk's escape codes, which
 * honour NO_COLOR and FORCE_COLOR as Ink's own <Text color> does). Ink draws one such
 * string per row at about half the cost of a <Text> per segment.
 */
import chalk, { type ChalkInstance } from 'chalk';
import { charWidth, fit, printable, width } from '../render/width.js';

export { fit, width };

/** A run of text with one style. */
export interface Seg {
  text: string;
  color?: string;
  bold?: boolean;
  inverse?: boolean;
  dim?: boolean;
}

export type Line = Seg[];

/** A line of segments cut or padded to `cols` columns. */
export function fitLine(line: Line, cols: number): Line {
  const out: Line = [];
  let left = cols;
  for (const seg of line) {
    if (left <= 0) break;
    const text = printable(seg.text);
    const w = width(text);
    out.push({ ...seg, text: w > left ? fit(text, left) : text });
    left -= Math.min(w, left);
  }
  if (left > 0) out.push({ text: ' '.repeat(left) });
  return out;
}

export const plain = (text: string, style: Omit<Seg, 'text'> = {}): Line => [{ text, ...style }];

/** The colours panes use: a name chalk knows. */
const COLORS: Readonly<Record<string, (c: ChalkInstance) => ChalkInstance>> = {
  black: (c) => c.black,
  red: (c) => c.red,
  green: (c) => c.green,
  yellow: (c) => c.yellow,
  blue: (c) => c.blue,
  magenta: (c) => c.magenta,
  cyan: (c) => c.cyan,
  white: (c) => c.white,
  gray: (c) => c.gray,
};

/** One segment with its style applied. */
function paintSeg(seg: Seg): string {
  if (chalk.level === 0 || (!seg.color && !seg.bold && !seg.inverse && !seg.dim)) return seg.text;
  let c: ChalkInstance = chalk;
  if (seg.dim) c = c.dim;
  if (seg.color) c = (COLORS[seg.color] ?? ((x: ChalkInstance) => x))(c);
  if (seg.bold) c = c.bold;
  if (seg.inverse) c = c.inverse;
  return c(seg.text);
}

/** A line painted into one string, as wide as its text (fit it first for a pane). */
export function paint(line: Line): string {
  let out = '';
  for (const seg of line) out += paintSeg(seg);
  return out;
}

/** A line fitted to exactly `cols` columns and painted. */
export const row = (line: Line, cols: number): string => paint(fitLine(line, cols));

/** `text` broken into lines of at most `cols` columns, at spaces where it can be (a long word is cut). */
export function wrap(text: string, cols: number): string[] {
  const out: string[] = [];
  let line = '';
  let w = 0;
  for (const word of text.split(' ')) {
    const ww = width(word);
    if (w > 0 && w + 1 + ww > cols) {
      out.push(line);
      line = '';
      w = 0;
    }
    let rest = word;
    while (width(rest) > cols) {
      const head = cut(rest, cols - w) || [...rest][0]!;
      out.push(line + head);
      rest = rest.slice(head.length);
      line = '';
      w = 0;
    }
    line += (w > 0 ? ' ' : '') + rest;
    w += (w > 0 ? 1 : 0) + width(rest);
  }
  if (line !== '' || out.length === 0) out.push(line);
  return out;
}

/** The longest start of `text` that fits in `cols` columns (no padding). */
export function cut(text: string, cols: number): string {
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > cols) break;
    out += ch;
    w += cw;
  }
  return out;
}

/** Columns [from, to) of a line (a wide character cut in two by either edge becomes a space). */
export function sliceLine(line: Line, from: number, to = Infinity): Line {
  const out: Line = [];
  let col = 0;
  for (const seg of line) {
    let text = '';
    for (const ch of seg.text) {
      const cw = charWidth(ch);
      const end = col + cw;
      if (col >= from && end <= to) text += ch;
      else if (end > from && col < to) text += ' '.repeat(Math.min(end, to) - Math.max(col, from));
      col = end;
    }
    if (text !== '') out.push({ ...seg, text });
    if (col >= to) break;
  }
  return out;
}
