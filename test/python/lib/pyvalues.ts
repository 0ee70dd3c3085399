/**
 * A tiny stand-in for the VM's object model, enough to drive the helpers
 * that call back into the VM (percent formatting, str.format) in tests.
 */
import { PyLibError } from '../../../src/python/lib/errors.js';
import { floatRepr } from '../../../src/python/lib/floatrepr.js';
import { floatToInt, strRepr } from '../../../src/python/lib/numbers.js';
import type { PercentHooks } from '../../../src/python/lib/percent.js';
import { fromBits, pyInt } from './vectors.js';

export class PyFloat {
  constructor(readonly v: number) {}
}
export class PyTuple {
  constructor(readonly items: unknown[]) {}
}
export class PyList {
  constructor(readonly items: unknown[]) {}
}
export class PyDict {
  constructor(readonly map: Map<string, unknown>) {}
}
export const None = { none: true } as const;

export type ArgEnc =
  | { none: true }
  | { b: boolean }
  | { i: string }
  | { f: string }
  | { s: string }
  | { t: ArgEnc[] }
  | { l: ArgEnc[] }
  | { d: [string, ArgEnc][] };

export function decArg(e: ArgEnc): unknown {
  if ('none' in e) return None;
  if ('b' in e) return e.b;
  if ('i' in e) return pyInt(e.i);
  if ('f' in e) return new PyFloat(fromBits(e.f));
  if ('s' in e) return e.s;
  if ('t' in e) return new PyTuple(e.t.map(decArg));
  if ('l' in e) return new PyList(e.l.map(decArg));
  return new PyDict(new Map(e.d.map(([k, v]) => [k, decArg(v)])));
}

export function typeName(v: unknown): string {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (typeof v === 'string') return 'str';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyList) return 'list';
  if (v instanceof PyDict) return 'dict';
  return 'NoneType';
}

export function repr(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${repr(v.items[0])},)` : `(${v.items.map(repr).join(', ')})`;
  if (v instanceof PyList) return `[${v.items.map(repr).join(', ')}]`;
  if (v instanceof PyDict) return `{${[...v.map].map(([k, x]) => `${strRepr(k)}: ${repr(x)}`).join(', ')}}`;
  return 'None';
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : repr(v);
}

export function ascii(v: unknown): string {
  let out = '';
  for (const ch of repr(v)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

export const hooks: PercentHooks = {
  str,
  repr,
  ascii,
  toIndexOrInt(v, conv) {
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    const indexOnly = conv === 'o' || conv === 'x' || conv === 'X' || conv === 'c';
    if (v instanceof PyFloat && !indexOnly) return floatToInt(v.v);
    const what = indexOnly ? 'an integer is required' : 'a real number is required';
    throw new PyLibError('TypeError', `%${conv} format: ${what}, not ${typeName(v)}`);
  },
  toFloat(v) {
    if (v instanceof PyFloat) return v.v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'number' || typeof v === 'bigint') return Number(v);
    throw new PyLibError('TypeError', `must be real number, not ${typeName(v)}`);
  },
  isMapping: (v) => v instanceof PyDict || v instanceof PyList,
  getItem(m, key) {
    if (m instanceof PyDict) {
      if (!m.map.has(key)) throw new PyLibError('KeyError', strRepr(key));
      return m.map.get(key);
    }
    throw new PyLibError('TypeError', 'list indices must be integers or slices, not str');
  },
  isTuple: (v) => v instanceof PyTuple,
  tupleItems: (v) => (v as PyTuple).items,
};
