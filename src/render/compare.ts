/**
 * Two runs side by side — the same program under two platforms (or any two option
 * sets) — with the first line where their outputs differ marked. Pids differ between
 * platforms by construction (Linux counts up, Windows scatters multiples of 4), so
 * lines are compared with each pid replaced by its process's creation rank.
 */
import { allProcs } from '../kernel/state.js';
import { terminalText } from './output.js';
import { endReport } from './report.js';
import { renderTree } from './tree.js';
import { fit } from './width.js';
import type { RunView } from './view.js';

export interface Side {
  label: string;
  run: RunView;
}

/** The run's terminal lines with every pid of its processes written as `<pN>` (N = creation rank). */
export function canonicalLines(v: RunView): string[] {
  const pids = allProcs(v.state)
    .filter((p) => p.tasks.length > 0)
    .map((p, i) => [String(p.pid), `<p${i}>`] as const)
    .sort((a, b) => b[0].length - a[0].length);
  return lines(v).map((line) => {
    let out = line;
    for (const [pid, name] of pids) out = out.replace(new RegExp(`(?<![\\d.])${pid}(?![\\d.])`, 'g'), name);
    return out;
  });
}

const lines = (v: RunView): string[] => {
  const text = terminalText(v.output);
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
};

/** Index of the first line that differs once pids are canonical, or -1. */
export function firstDifference(a: RunView, b: RunView): number {
  const x = canonicalLines(a);
  const y = canonicalLines(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i;
  return -1;
}

/** Two columns of `rows`, with a gutter that marks `mark`. */
function columns(left: string[], right: string[], cols: number, mark: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const gutter = i === mark ? ' ≠ ' : ' │ ';
    out.push(`${fit(left[i] ?? '', cols, '…')}${gutter}${right[i] ?? ''}`.trimEnd());
  }
  return out;
}

export function renderCompare(a: Side, b: Side, cols = 60): string {
  const first = firstDifference(a.run, b.run);
  const out: string[] = [];
  out.push(`${fit(`== ${a.label}`, cols, '…')} │ == ${b.label}`);
  out.push(...columns(lines(a.run), lines(b.run), cols, first));
  const end = (v: RunView): string => {
    const e = v.state.end!;
    return `-- ${e.kind === 'done' ? `exit status ${e.status}` : `${e.kind}, exit status ${e.status}`}`;
  };
  out.push(`${fit(end(a.run), cols, '…')} │ ${end(b.run)}`);
  out.push('');
  if (first < 0) out.push('The outputs are the same once pids are numbered by creation order.');
  else {
    const [x, y] = [canonicalLines(a.run)[first], canonicalLines(b.run)[first]];
    out.push(`First difference at output line ${first + 1} (pids shown as <pN>, N = order of creation):`);
    out.push(`  ${a.label}: ${x === undefined ? '(no more output)' : x}`);
    out.push(`  ${b.label}: ${y === undefined ? '(no more output)' : y}`);
  }
  for (const side of [a, b]) {
    const report = endReport(side.run);
    out.push('', `== ${side.label}: processes`, renderTree(side.run.state).trimEnd());
    if (report) out.push(report.trimEnd());
  }
  return `${out.join('\n')}\n`;
}
