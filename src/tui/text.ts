/** Text for fixed-width panes: display width (CJK characters take two columns) and fitting. */
import { width } from '../render/compare.js';

export { width };

/** A run of text with one style. */
export interface Seg {
  text: string;
  color?: string;
  bold?: boolean;
  inverse?: boolean;
  dim?: boolean;
}

export type Line = Seg[];

/** `text` cut or padded to exactly `cols` display columns (a wide character never straddles the edge). */
export function fit(text: string, cols: number): string {
  let out = '';
  let w = 0;
  for (const ch of text.replace(/\t/g, '    ').replace(/[\r\n]/g, ' ')) {
    const cw = width(ch);
    if (w + cw > cols) break;
    out += ch;
    w += cw;
  }
  return out + ' '.repeat(Math.max(0, cols - w));
}

/** A line of segments cut or padded to `cols` columns. */
export function fitLine(line: Line, cols: number): Line {
  const out: Line = [];
  let left = cols;
  for (const seg of line) {
    if (left <= 0) break;
    const w = width(seg.text.replace(/\t/g, '    '));
    const text = w > left ? fit(seg.text, left) : seg.text.replace(/\t/g, '    ');
    out.push({ ...seg, text });
    left -= Math.min(w, left);
  }
  if (left > 0) out.push({ text: ' '.repeat(left) });
  return out;
}

export const plain = (text: string, style: Omit<Seg, 'text'> = {}): Line => [{ text, ...style }];
