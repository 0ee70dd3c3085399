/**
 * The selected process's variables: its frames (innermost first) with their locals,
 * then the globals of its module — data first, then the functions, classes and
 * imported callables it defines, on one line. After a fork, values that differ from
 * the parent's (at the same instant) are marked `*`.
 */
import type { ProgramView, Variable } from '../../kernel/program.js';
import type { Line } from '../text.js';

export function variableLines(view: ProgramView | null, parent: ProgramView | null, height: number, none = 'the process has ended, or has not started'): Line[] {
  if (view === null) return [[{ text: `(no variables: ${none})`, dim: true }]];
  const parentValues = new Map<string, string>();
  if (parent) {
    for (const g of parent.globals) parentValues.set(`g:${g.name}`, g.value);
    for (const f of parent.frames) for (const l of f.locals) parentValues.set(`${f.name}:${l.name}`, l.value);
  }
  const differs = (key: string, value: string): boolean => parent !== null && parentValues.has(key) && parentValues.get(key) !== value;
  const variable = (key: string, v: Variable): Line => {
    const d = differs(key, v.value);
    return [{ text: `  ${v.name} = ` }, { text: v.value, color: d ? 'yellow' : undefined }, { text: d ? '  *' : '', color: 'yellow', bold: true }];
  };
  const out: Line[] = [];
  for (const f of view.frames) {
    out.push([{ text: `${f.name}`, bold: true }, { text: f.line > 0 ? `  ${f.file}:${f.line}` : f.file ? `  ${f.file}` : '', dim: true }]);
    for (const l of f.locals) out.push(variable(`${f.name}:${l.name}`, l));
  }
  const data = view.globals.filter((g) => !g.code);
  const code = view.globals.filter((g) => g.code);
  if (data.length + code.length > 0) {
    out.push([{ text: `globals (${view.module})`, bold: true }]);
    for (const g of data) out.push(variable(`g:${g.name}`, g));
    if (code.length > 0) out.push([{ text: '  defined: ', dim: true }, { text: code.map((g) => g.name).join(', '), dim: true }]);
  }
  return out.slice(0, height);
}
