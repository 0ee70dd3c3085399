/**
 * The selected process's program: its source with the current line marked (`>`),
 * the lines other processes are on (`*`), line breakpoints (`b`) and, when the pane has
 * the focus, the cursor that sets them (`<` after the line number).
 */
import { taskAt } from '../../kernel/state.js';
import type { KernelState, Pid } from '../../kernel/types.js';
import type { Line } from '../text.js';
import { shownProcs } from './processes.js';

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

export function sourceView(s: KernelState, selected: Pid, file: string, text: string): SourceView {
  const p = shownProcs(s).find((x) => x.pid === selected);
  const loc = p ? splitLoc(taskAt(s, p.tasks[0]!).loc) : null;
  return { file, lines: text.replace(/\n$/, '').split('\n'), current: loc && file.endsWith(loc[0]) ? loc[1] : 0 };
}

export function sourceLines(s: KernelState, v: SourceView, height: number, cursor: number | null, breakpoints: ReadonlySet<string>): Line[] {
  const others = new Set<number>();
  for (const p of shownProcs(s)) {
    const loc = splitLoc(taskAt(s, p.tasks[0]!).loc);
    if (loc && v.file.endsWith(loc[0])) others.add(loc[1]);
  }
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
