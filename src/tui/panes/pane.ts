/** A pane's frame: the title rule (marked when the pane has the focus) over its lines, fitted to its size. */
import { type Line, fit, row } from '../text.js';

/** A pane's rows: its title rule, then `height - 1` lines fitted to `width` (blank rows below the last). */
export function pane(title: string, focused: boolean, lines: readonly Line[], width: number, height: number): string[] {
  const head = `${focused ? '▌' : '─'} ${title} `;
  const out = [row([{ text: fit(head + '─'.repeat(Math.max(0, width - head.length)), width), bold: focused, color: focused ? 'cyan' : undefined }], width)];
  for (let i = 0; i < height - 1; i++) out.push(i < lines.length ? row(lines[i]!, width) : ' '.repeat(width));
  return out;
}
