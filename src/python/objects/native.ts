/**
 * Defining builtins in TypeScript: functions, methods on builtin classes, computed
 * attributes, and argument checks with CPython's wording (which differs between
 * C-level calling conventions — the helper names say which one a builtin uses).
 */
import type { Kw } from './coro.js';
import { typeErr } from './exceptions.js';
import { PyBuiltin, type NativeFn, PyStaticMethod } from './function.js';
import { type Getter, PyGetSet, type Setter } from './getset.js';
import type { PyClass, Value } from './object.js';

/** A module-level builtin function. */
export const fn = (name: string, f: NativeFn, module = 'builtins'): PyBuiltin => new PyBuiltin(name, f, undefined, false, null, module);

/** Adds methods to a builtin class (they receive self as args[0]). */
export function methods(cls: PyClass, table: Record<string, NativeFn>): void {
  for (const [name, f] of Object.entries(table)) cls.ns.setStr(name, new PyBuiltin(name, f, undefined, true, cls));
  cls.changed();
}

/** Adds static functions (like __new__, or dict.fromkeys's underlying function). */
export function statics(cls: PyClass, table: Record<string, NativeFn>): void {
  for (const [name, f] of Object.entries(table)) {
    const b = new PyBuiltin(name, f, undefined, false, cls);
    cls.ns.setStr(name, name === '__new__' ? b : new PyStaticMethod(b));
  }
  cls.changed();
}

/** Adds computed attributes. */
export function getsets(cls: PyClass, table: Record<string, Getter | [Getter, Setter]>): void {
  for (const [name, g] of Object.entries(table)) {
    const [get, set] = Array.isArray(g) ? g : [g, null];
    cls.ns.setStr(name, new PyGetSet(name, get, set, cls.name));
  }
  cls.changed();
}

/** Adds plain class attributes. */
export function attrs(cls: PyClass, table: Record<string, Value>): void {
  for (const [name, v] of Object.entries(table)) cls.ns.setStr(name, v);
  cls.changed();
}

const given = (n: number): string => `${n} given`;

/** METH_O: `len() takes exactly one argument (2 given)`. */
export function one(name: string, args: Value[], offset = 0): Value {
  if (args.length - offset !== 1) throw typeErr(`${name}() takes exactly one argument (${given(args.length - offset)})`);
  return args[offset]!;
}

/** METH_NOARGS: `list.clear() takes no arguments (1 given)`. */
export function none(name: string, args: Value[], offset = 1): void {
  if (args.length > offset) throw typeErr(`${name}() takes no arguments (${given(args.length - offset)})`);
}

/** PyArg_UnpackTuple: `range expected at least 1 argument, got 0`. */
export function unpack(name: string, args: Value[], min: number, max: number, offset = 0): void {
  const n = args.length - offset;
  if (n < min) throw typeErr(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) throw typeErr(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** Argument Clinic positional checks: `int() takes at most 2 arguments (3 given)`. */
export function clinic(name: string, args: Value[], min: number, max: number, offset = 0): void {
  const n = args.length - offset;
  if (n >= min && n <= max) return;
  if (min === max) throw typeErr(`${name}() takes exactly ${min === 1 ? 'one argument' : `${min} arguments`} (${given(n)})`);
  if (n < min) throw typeErr(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${given(n)})`);
  throw typeErr(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${given(n)})`);
}

/** Rejects keyword arguments: `len() takes no keyword arguments`. */
export function noKw(name: string, kw: Kw | null): void {
  if (kw !== null && kw.size > 0) throw typeErr(`${name}() takes no keyword arguments`);
}

/** Keyword arguments a builtin accepts (others raise CPython's error). */
export function kwargs(name: string, kw: Kw | null, allowed: string[]): Record<string, Value> {
  const out: Record<string, Value> = {};
  if (kw === null) return out;
  for (const [k, v] of kw) {
    if (!allowed.includes(k)) throw typeErr(`'${k}' is an invalid keyword argument for ${name}()`);
    out[k] = v;
  }
  return out;
}

/**
 * Positional-or-keyword parameters (Argument Clinic style): fills `names` from args
 * then kw; undefined where not given.
 */
export function params(name: string, args: Value[], kw: Kw | null, names: string[], offset = 0, required = 0): (Value | undefined)[] {
  const out: (Value | undefined)[] = names.map((_, i) => args[offset + i]);
  if (args.length - offset > names.length) {
    throw typeErr(`${name}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${given(args.length - offset)})`);
  }
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw typeErr(`${name}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throw typeErr(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw typeErr(`${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}
