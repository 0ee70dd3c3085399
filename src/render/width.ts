/**
 * How many terminal columns text takes: CJK and other East Asian wide characters and
 * emoji take two, combining marks and control characters none (string-width, the
 * measure Ink itself uses — a row we fit is never cut again by Ink). The documents
 * print Chinese, so every column layout (compare's two columns, the TUI's panes)
 * measures with this.
 */
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';

/** Printable ASCII: one column a character (the common case, measured without a lookup). */
const ASCII = /^[\x20-\x7e]*$/;

/** Display width of a string. */
export function width(text: string): number {
  return ASCII.test(text) ? text.length : stringWidth(text);
}

/** Display width of one character (one code point). */
export function charWidth(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 0x20 && c < 0x7f ? 1 : stringWidth(ch);
}

/**
 * `text` cut or padded to exactly `cols` columns. A wide character never straddles the
 * edge (a space takes its place); text that is cut ends with `more` (e.g. '…') when given.
 * Tabs become four spaces, line breaks one; other control characters (a program's escape
 * sequences, say) are left out — written to a terminal they would move its cursor.
 */
export function fit(text: string, cols: number, more = ''): string {
  const t = printable(text);
  const all = width(t);
  if (all <= cols) return t + ' '.repeat(cols - all);
  if (width(more) > cols) more = '';
  const room = cols - width(more);
  let out = '';
  let w = 0;
  for (const ch of t) {
    const cw = charWidth(ch);
    if (w + cw > room) break;
    out += ch;
    w += cw;
  }
  return out + more + ' '.repeat(Math.max(0, cols - w - width(more)));
}

/** Escape sequences and control characters out, tabs and line breaks as spaces. */
export function printable(text: string): string {
  if (ASCII.test(text)) return text;
  return stripVTControlCharacters(text)
    .replace(/\t/g, '    ')
    .replace(/[\r\n]/g, ' ')
    .replace(/[\x00-\x1f\x7f-\x9f]/g, '');
}
