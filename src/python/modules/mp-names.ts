/**
 * Naming kernel objects after the program's variables: a Semaphore made by
 * `full = Semaphore(0)` is 'full' in reports, the TUI and the trace.
 */
import { Op, argOf, opOf } from '../compile/opcodes.js';
import type { Value } from '../objects/object.js';
import { Frame } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';

/** Modules whose frames are the library's, not the program's (for naming objects after variables). */
const LIBRARY = /^(multiprocessing(\..*)?|threading|queue)$/;

/**
 * The variable(s) the program is about to store the object being created in: the
 * STORE after the call in its innermost own frame (`full = Semaphore(0)` → 'full',
 * `a, b = Pipe()` → ['a', 'b']). Kernel objects are labelled with it for reports.
 */
export function varNames(th: Thread, n = 1): string[] {
  for (let f = th.top; f !== null; f = f.back) {
    if (!(f instanceof Frame)) continue;
    const mod = f.globals.getStr('__name__');
    if (typeof mod === 'string' && LIBRARY.test(mod)) continue;
    const code = f.code;
    let ip = f.ip;
    const take = (): string | null => {
      const w = code.ops[ip++];
      if (w === undefined) return null;
      const arg = argOf(w);
      switch (opOf(w)) {
        case Op.STORE_NAME:
        case Op.STORE_GLOBAL:
        case Op.STORE_ATTR:
          return code.names[arg] ?? null;
        case Op.STORE_FAST:
          return code.varnames[arg] ?? null;
        default:
          return null;
      }
    };
    if (n > 1 && code.ops[ip] !== undefined && opOf(code.ops[ip]!) === Op.UNPACK_SEQUENCE && argOf(code.ops[ip]!) === n) {
      ip++;
      const names: string[] = [];
      for (let i = 0; i < n; i++) names.push(take() ?? '');
      return names;
    }
    const one = take();
    return one === null ? [] : [one];
  }
  return [];
}

/** An object's label: the name given to its constructor, else the variable it is about to be stored in. */
export const labelOf = (th: Thread, given: Value | undefined): string => (typeof given === 'string' ? given : null) ?? varNames(th)[0] ?? '';
