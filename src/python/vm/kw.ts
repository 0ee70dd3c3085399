/** Keyword arguments as natives and the binder see them: name → value, in call order. */
import type { Kw } from '../objects/coro.js';
import { typeErr } from '../objects/exceptions.js';
import type { PyDict } from '../objects/dict.js';
import type { Value } from '../objects/object.js';

/** From CALL_KW: `names` are the last values on the stack from `base`. */
export function makeKw(names: string[], regs: Value[], base: number): Kw {
  const kw: Kw = new Map();
  for (let i = 0; i < names.length; i++) kw.set(names[i]!, regs[base + i]!);
  return kw;
}

/** From `f(**d)`: the keys must be strings. */
export function kwFromDict(d: PyDict): Kw {
  const kw: Kw = new Map();
  for (const e of d.entries()) {
    if (typeof e.key !== 'string') throw typeErr('keywords must be strings');
    kw.set(e.key, e.value!);
  }
  return kw;
}
