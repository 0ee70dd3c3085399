/**
 * The selected process's program: its source with the current line marked (`>`),
 * the lines other processes are on (`*`), line breakpoints (`b`) and, when the pane has
 * the focus, the cursor that sets them (`<` after the line number).
 */
import type { Line } from '../text.js';

/** 'file.py:12' → ['file.py', 12]. */
export function splitLoc(loc: string): [string, number] | null {
  const i = loc.lastIndexOf(':');
  if (i < 0) return null;
  const line = Number(loc.slice(i + 1));
  return Number.isInteger(line) && line > 0 ? [loc.slice(0, i), line] : null;
}

export interface SourceView {
  file: string;
  lines: string[];
  /** The selected process's line (0: unknown). */
  current: number;
}

/** What the source pane shows: `file` (the scenario's source) with the line `loc` names when it is in that file. */
export function sourceView(file: string, text: string, loc: string): SourceView {
  const at = splitLoc(loc);
  return { file, lines: text.replace(/\n$/, '').split('\n'), current: at && file.endsWith(at[0]) ? at[1] : 0 };
}

/** The lines of `file` that locations (of the other processes) name. */
export function linesOf(file: string, locs: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const loc of locs) {
    const at = splitLoc(loc);
    if (at && file.endsWith(at[0])) out.add(at[1]);
  }
  return out;
}

/** Columns before the code: breakpoint, marker, line number, cursor. */
export const SOURCE_GUTTER = 7;

export function sourceLines(v: SourceView, others: ReadonlySet<number>, height: number, cursor: number | null, breakpoints: ReadonlySet<string>): Line[] {
  const focusLine = cursor ?? v.current;
  const first = Math.max(1, Math.min(focusLine - Math.floor(height / 2), v.lines.length - height + 1));
  const out: Line[] = [];
  const base = v.file.slice(v.file.lastIndexOf('/') + 1);
  for (let n = first; n < first + height && n <= v.lines.length; n++) {
    const cur = n === v.current;
    const mark = cur ? '>' : others.has(n) ? '*' : ' ';
    const bp = breakpoints.has(`${base}:${n}`) ? 'b' : ' ';
    out.push([
      { text: bp, color: 'red', bold: true },
      { text: mark, color: cur ? 'green' : 'yellow', bold: true },
      { text: `${String(n).padStart(4)}${cursor === n ? '<' : ' '}`, dim: cursor !== n, inverse: cursor === n },
      { text: v.lines[n - 1]!, bold: cur, color: cur ? 'green' : undefined },
    ]);
  }
  return out;
}
