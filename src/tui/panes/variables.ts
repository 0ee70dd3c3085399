/**
 * The selected process's variables: its frames (innermost first) with their locals,
 * then the globals of its module. After a fork, values that differ from the parent's
 * (at the same instant) are marked `*`.
 */
import type { ProgramView } from '../../kernel/program.js';
import type { Line } from '../text.js';

export function variableLines(view: ProgramView | null, parent: ProgramView | null, height: number): Line[] {
  if (view === null) return [[{ text: '(no program state: the process has ended, or has not started)', dim: true }]];
  const parentValues = new Map<string, string>();
  if (parent) {
    for (const g of parent.globals) parentValues.set(`g:${g.name}`, g.value);
    for (const f of parent.frames) for (const l of f.locals) parentValues.set(`${f.name}:${l.name}`, l.value);
  }
  const differs = (key: string, value: string): boolean => parent !== null && parentValues.has(key) && parentValues.get(key) !== value;
  const out: Line[] = [];
  for (const f of view.frames) {
    out.push([{ text: `${f.name}`, bold: true }, { text: f.line > 0 ? `  ${f.file}:${f.line}` : `  ${f.file}`, dim: true }]);
    for (const l of f.locals) {
      const d = differs(`${f.name}:${l.name}`, l.value);
      out.push([{ text: `  ${l.name} = ` }, { text: l.value, color: d ? 'yellow' : undefined }, { text: d ? '  *' : '', color: 'yellow', bold: true }]);
    }
  }
  if (view.globals.length > 0) {
    out.push([{ text: `globals (${view.module})`, bold: true }]);
    for (const g of view.globals) {
      const d = differs(`g:${g.name}`, g.value);
      out.push([{ text: `  ${g.name} = ` }, { text: g.value, color: d ? 'yellow' : undefined }, { text: d ? '  *' : '', color: 'yellow', bold: true }]);
    }
  }
  return out.slice(0, height);
}
