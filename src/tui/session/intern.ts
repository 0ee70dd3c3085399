/**
 * One object for each small system call that repeats: a long run makes hundreds of
 * thousands of calls such as { op: 'sleep', ns: 5000000 } that differ only in identity,
 * and the recording keeps each (in the program's log and the trace). Calls are data no
 * one changes, so equal ones can be one. Only flat calls with a few primitive fields are
 * looked up (the key is cheap to build); the table is bounded.
 */
import type { Syscall } from '../../kernel/syscalls.js';

const MAX = 4096;
const table = new Map<string, Syscall>();

export function internCall<C extends Syscall | null>(call: C): C {
  if (call === null) return call;
  let key = '';
  let n = 0;
  for (const k in call) {
    const v = (call as Record<string, unknown>)[k];
    const t = typeof v;
    if ((t !== 'number' && t !== 'boolean' && t !== 'string') || ++n > 4) return call;
    if (t === 'string' && (v as string).length > 32) return call;
    key += `${k}\u0000${t[0]}${String(v)}\u0001`;
  }
  const known = table.get(key);
  if (known !== undefined) return known as C;
  if (table.size >= MAX) table.clear();
  table.set(key, call);
  return call;
}
