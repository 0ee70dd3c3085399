/**
 * Formatting: format(v, spec) and f-string fields (FORMAT_VALUE), `str % args`
 * and str.format — the mini-language and templates come from lib/, this file
 * supplies Python values to them. User `__format__`/`__str__`/`__repr__` may run,
 * so the general paths are coroutines.
 */
import { type Gen, type NativeResult } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, exc, keyErr, typeErr } from '../objects/exceptions.js';
import { PyBuiltin } from '../objects/function.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyFloat, PyObject, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { formatFloat, formatInt, formatStr } from '../lib/formatspec.js';
import { percentFormat, type PercentHooks } from '../lib/percent.js';
import { compileFormatTemplate, type TemplateField, type TemplateItem } from '../lib/strformat.js';
import { PyLibError } from '../lib/errors.js';
import { floatToInt } from '../lib/floatarith.js';
import type { PyInt } from '../lib/pyint.js';
import type { Thread } from '../objects/thread.js';
import { callFnCo, runOrCoro } from './dunder.js';
import { quickRepr, quickStr, reprCo, strCo } from './repr.js';
import { asciiOf } from './ascii.js';
import { getAttrCo } from './attr.js';
import { getItemCo } from './subscript.js';
import { findKey, findSlow } from './collections.js';
import { PyBytes } from '../objects/bytes.js';
import { SLOW } from '../objects/dict.js';
import { flat } from '../objects/flatstr.js';

/** format(v, spec) for builtin values without a user `__format__`, or undefined. */
export function formatNative(v: Value, spec: string): string | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return formatInt(v, spec);
    case 'boolean':
      return formatInt(v, spec, 'bool');
    case 'string':
      return formatStr(v, spec);
    default:
      if (v === null) {
        if (spec !== '') throw typeErr('unsupported format string passed to NoneType.__format__');
        return 'None';
      }
      if (v instanceof PyFloat && v.cls === T.float) return formatFloat(v.v, spec);
      return undefined;
  }
}

export function format(th: Thread, v: Value, spec: string): NativeResult {
  return formatNative(v, spec) ?? runOrCoro(formatCo(th, v, spec));
}

export function* formatCo(th: Thread, v: Value, spec: string): Gen<string> {
  const n = formatNative(v, spec);
  if (n !== undefined) return n;
  const fn = typeOf(v).lookup('__format__');
  const r = yield* callFnCo(th, fn!, [v, spec]);
  if (typeof r !== 'string') throw typeErr(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

/** object.__format__ and the builtin types' `__format__` (for subclasses and format()). */
export function* defaultFormat(th: Thread, self: Value, spec: string): Gen<string> {
  const inner = self instanceof PyBoxed ? self.value : self;
  const n = inner !== self ? formatNative(inner, spec) : undefined;
  if (n !== undefined) return n;
  if (spec !== '') throw typeErr(`unsupported format string passed to ${typeOf(self).name}.__format__`);
  return yield* strCo(th, self);
}

/** FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then format(). */
export function formatValue(th: Thread, v: Value, conv: number, spec: string): NativeResult {
  if (conv === 0) return format(th, v, spec);
  return runOrCoro(formatValueCo(th, v, conv, spec));
}

function* formatValueCo(th: Thread, v: Value, conv: number, spec: string): Gen<string> {
  const s = conv === 1 ? yield* strCo(th, v) : conv === 2 ? yield* reprCo(th, v) : asciiOf(yield* reprCo(th, v));
  return formatStr(s, spec);
}

/** Values whose str/repr need no Python code. */
const plainArg = (v: Value): boolean => typeof v !== 'object' || v === null || (v.cls.builtin && !(v instanceof PyList || v instanceof PyTuple || v instanceof PyDict));

/** `fmt % args`. */
export function percent(th: Thread, fmt: string, args: Value): NativeResult {
  const items = args instanceof PyTuple ? args.items : [args];
  if (items.every(plainArg)) return flat(percentFormat(fmt, args, hooks(th, new Map())));
  return runOrCoro(percentCo(th, fmt, args, items));
}

/**
 * `bytes % args` (PEP 461): str's formatting over latin-1 text. %s and %b take a
 * bytes-like object (its bytes), %r and %a give ascii(repr(v)); the result's bytes.
 */
export function* bytesPercentCo(th: Thread, fmt: Uint8Array, args: Value): Gen<Uint8Array> {
  const latin = (d: Uint8Array): string => String.fromCharCode(...d);
  const text = latin(fmt);
  const items = args instanceof PyTuple ? args.items : [args];
  const all = args instanceof PyDict ? [...args.values()] : items;
  const reprs = new Map<Value, string>();
  const used = conversions(text);
  if (used.has('r') || used.has('a')) for (const v of all) if (!reprs.has(v)) reprs.set(v, asciiOf(yield* reprCo(th, v)));
  const data = (v: Value): Uint8Array | undefined => (v instanceof PyObject && (v as { data?: unknown }).data instanceof Uint8Array ? (v as unknown as { data: Uint8Array }).data : undefined);
  const bytesOf = (key: string): PyBytes => new PyBytes(Uint8Array.from(key, (c) => c.charCodeAt(0) & 0xff));
  // A mapping's keys are bytes (b'%(k)s' % {b'k': ...}): each looked up before formatting, which is synchronous.
  const keyed = new Map<string, Value | undefined>();
  if (args instanceof PyDict) {
    for (const m of text.matchAll(/%\(([^)]*)\)/g)) {
      if (keyed.has(m[1]!)) continue;
      const k = bytesOf(m[1]!);
      const e = findKey(args, k);
      keyed.set(m[1]!, (e === SLOW ? yield* findSlow(th, args, k) : e)?.value);
    }
  }
  const out = percentFormat(text, args, {
    ...hooks(th, new Map()),
    getItem: (m, key) => {
      const v = keyed.get(key);
      if (v === undefined) throw keyErr(bytesOf(key));
      return v;
    },
    bytes: true,
    str: (v) => {
      const d = data(v as Value);
      if (d === undefined) throw typeErr(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v as Value).name}'`);
      return latin(d);
    },
    repr: (v) => reprs.get(v as Value)!,
  });
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

/** The conversion characters a printf-style format uses ('s', 'r', 'd', ...). */
function conversions(fmt: string): Set<string> {
  const out = new Set<string>();
  for (const m of fmt.matchAll(/%(?:\([^)]*\))?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+)?)?[hlL]?(.)/gs)) out.add(m[1]!);
  return out;
}

function* percentCo(th: Thread, fmt: string, args: Value, items: Value[]): Gen<string> {
  // Precompute the str/repr of arguments that may run Python code, then format synchronously.
  // Only the conversions the format uses run: a __repr__ may format itself with %s.
  const used = conversions(fmt);
  const needStr = used.has('s');
  const needRepr = used.has('r') || used.has('a');
  const cache = new Map<Value, [string, string]>();
  const all = args instanceof PyDict ? [...args.values()] : items;
  for (const v of all) {
    if (plainArg(v) || cache.has(v)) continue;
    cache.set(v, [needStr ? yield* strCo(th, v) : '', needRepr ? yield* reprCo(th, v) : '']);
  }
  return percentFormat(fmt, args, hooks(th, cache));
}

function hooks(th: Thread, cache: Map<Value, [string, string]>): PercentHooks {
  const str = (v: unknown): string => quickStr(v as Value) ?? cache.get(v as Value)?.[0] ?? syncOnly(strCo(th, v as Value));
  const repr = (v: unknown): string => quickRepr(v as Value) ?? cache.get(v as Value)?.[1] ?? syncOnly(reprCo(th, v as Value));
  return {
    str,
    repr,
    ascii: (v) => asciiOf(repr(v)),
    toIndexOrInt: (v, conv) => toIndexOrInt(v as Value, conv),
    toFloat: (v) => {
      const x = v as Value;
      if (typeof x === 'number' || typeof x === 'bigint') return Number(x);
      if (typeof x === 'boolean') return x ? 1 : 0;
      if (x instanceof PyFloat) return x.v;
      throw typeErr(`must be real number, not ${typeOf(x).name}`);
    },
    isMapping: (v) => v instanceof PyDict || (v instanceof PyObject && !(v instanceof PyTuple) && typeOf(v as Value).lookup('__getitem__') !== undefined && typeof v !== 'string'),
    getItem: (m, key) => {
      if (m instanceof PyDict) {
        const x = m.getStr(key);
        if (x === undefined) throw keyErr(key);
        return x;
      }
      throw typeErr('format requires a mapping');
    },
    isTuple: (v) => v instanceof PyTuple,
    tupleItems: (v) => (v as PyTuple).items,
  };
}

function toIndexOrInt(v: Value, conv: string): PyInt {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat && 'diouxXc'.includes(conv) && 'diu'.includes(conv)) return floatToInt(v.v);
  if (v instanceof PyBoxed && (typeof v.value === 'number' || typeof v.value === 'bigint')) return v.value;
  if (conv === 'c') throw typeErr('%c requires int or char');
  if ('diu'.includes(conv)) throw typeErr(`%${conv} format: a real number is required, not ${typeOf(v).name}`);
  throw typeErr(`%${conv} format: an integer is required, not ${typeOf(v).name}`);
}

/** Runs a coroutine that must not need Python code here (its inputs were precomputed). */
function syncOnly(g: Gen<string>): string {
  const r = g.next();
  if (!r.done) throw new Error('internal: % formatting needed Python code it did not precompute');
  return r.value;
}

/** str.format(*args, **kwargs) (kwargs null for format_map with `mapping`). */
export function* strFormatCo(th: Thread, template: string, args: Value[] | null, kwargs: PyDict | null, mapping: Value | null): Gen<string> {
  let items: TemplateItem[];
  try {
    items = compileFormatTemplate(template);
  } catch (e) {
    if (e instanceof PyLibError) throw exc(E[e.pyType]!, e.message);
    throw e;
  }
  return yield* render(th, items, args, kwargs, mapping);
}

function* render(th: Thread, items: TemplateItem[], args: Value[] | null, kwargs: PyDict | null, mapping: Value | null): Gen<string> {
  let out = '';
  for (const it of items) {
    if (typeof it === 'string') {
      out += it;
      continue;
    }
    if (it.kind === 'error') throw exc(E[it.error.pyType]!, it.error.message);
    const value = yield* resolve(th, it, args, kwargs, mapping);
    if (it.conversion !== null && !'rsa'.includes(it.conversion)) throw exc(E.ValueError!, `Unknown conversion specifier ${it.conversion}`);
    const spec = it.spec.length === 0 ? '' : yield* render(th, it.spec, args, kwargs, mapping);
    let v: Value = value;
    if (it.conversion === 's') v = yield* strCo(th, v);
    else if (it.conversion === 'r') v = yield* reprCo(th, v);
    else if (it.conversion === 'a') v = asciiOf(yield* reprCo(th, v));
    out += yield* formatCo(th, v, spec);
  }
  return out;
}

function* resolve(th: Thread, f: TemplateField, args: Value[] | null, kwargs: PyDict | null, mapping: Value | null): Gen {
  let obj: Value;
  if (f.argIndex === null) {
    if (mapping !== null) obj = yield* getItemCo(th, mapping, f.name);
    else {
      const v = kwargs?.getStr(f.name);
      if (v === undefined) throw keyErr(f.name);
      obj = v;
    }
  } else {
    if (args === null) throw exc(E.ValueError!, 'Format string contains positional fields');
    if (f.argIndex >= args.length) throw exc(E.IndexError!, `Replacement index ${f.argIndex} out of range for positional args tuple`);
    obj = args[f.argIndex]!;
  }
  for (const step of f.path) obj = 'attr' in step ? yield* getAttrCo(th, obj, step.attr) : yield* getItemCo(th, obj, step.index as Value);
  if (f.pathError) throw exc(E[f.pathError.pyType]!, f.pathError.message);
  return obj;
}

export { PyBuiltin };
