/**
 * The namespace a frame's `locals()` shows (builtins `locals`, `vars`, `dir`, `eval` and
 * `exec` without a mapping; a signal handler's frame object).
 */
import { PyDict } from '../objects/dict.js';
import type { Frame } from '../objects/frame.js';

/** A module's or class body's namespace is its own dict; a function's bound locals and cells are copied into a new one. */
export function localsOf(f: Frame): PyDict {
  if (f.locals !== null) return f.locals;
  if (f.func === null) return f.globals;
  const d = new PyDict();
  f.code.varnames.forEach((n, i) => {
    const v = f.regs[i];
    if (v !== undefined) d.setStr(n, v);
  });
  const cells = f.cells ?? [];
  [...f.code.cellvars, ...f.code.freevars].forEach((n, i) => {
    const v = cells[i]?.value;
    if (v !== undefined) d.setStr(n, v);
  });
  return d;
}
