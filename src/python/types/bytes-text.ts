/**
 * The str-like methods of bytes and bytearray (find, split, strip, center, title, isalpha,
 * translate, ...), done by str's algorithms on the bytes read as Latin-1 — with the
 * difference that bytes know only ASCII: letters, digits, case and whitespace are ASCII's,
 * and only \n and \r break lines. Bytes that str would see otherwise (0x80–0xFF, the
 * separators 0x1C–0x1F, and for splitlines \v and \f) are moved to private-use code points,
 * which str treats as nothing, for the call, and back.
 */
import { typeErr, valueErr } from '../objects/exceptions.js';
import type { NativeFn } from '../objects/function.js';
import { PyObject, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { PyBytes } from '../objects/bytes.js';
import { indexOf } from '../runtime/subscript.js';
import { PyLibError } from '../lib/errors.js';
import * as S from '../lib/strmethods.js';
import type { Bound } from '../lib/strsearch.js';

const PRIVATE = 0xe000;

function latin(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]!);
  return s;
}

const unlatin = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** `d` as a string str's methods read with ASCII's meaning (see the file's comment); `lines`: \v and \f too. */
function ascii(d: Uint8Array, lines = false): string {
  let s = '';
  for (let i = 0; i < d.length; i++) {
    const b = d[i]!;
    s += String.fromCharCode(b >= 0x80 || (b >= 0x1c && b <= 0x1f) || (lines && (b === 0x0b || b === 0x0c)) ? PRIVATE + b : b);
  }
  return s;
}

function unascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= PRIVATE ? c - PRIVATE : c;
  }
  return out;
}

/** A bytes-like argument's bytes (bytes, bytearray, memoryview), or the TypeError CPython gives. */
function like(v: Value): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyObject) {
    const cls = typeOf(v);
    if (cls.mro.includes(T.bytearray!)) return (v as unknown as { data: Uint8Array }).data;
    if (cls === T.memoryview) return (v as unknown as { readBytes(): Uint8Array }).readBytes();
  }
  throw typeErr(`a bytes-like object is required, not '${typeOf(v).name}'`);
}

/** find/count/index's `sub`: bytes-like, or one byte as an int. */
function sub(v: Value): string {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = Number(v);
    if (n < 0 || n > 255) throw valueErr('byte must be in range(0, 256)');
    return String.fromCharCode(n);
  }
  if (v instanceof PyBytes || v instanceof PyObject) {
    try {
      return latin(like(v));
    } catch {
      /* the message below is find's own */
    }
  }
  throw typeErr(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
}

function bound(v: Value | undefined): Bound {
  if (v === undefined || v === null) return null;
  const i = indexOf(v);
  if (i === undefined) throw typeErr('slice indices must be integers or None or have an __index__ method');
  return i;
}

function intArg(v: Value | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = indexOf(v);
  if (i === undefined) throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(i);
}

/** center/ljust/rjust's fill byte. */
function fill(name: string, v: Value | undefined): string {
  if (v === undefined) return ' ';
  const d = v instanceof PyBytes || (v instanceof PyObject && typeOf(v).mro.includes(T.bytearray!)) ? like(v) : null;
  if (d === null || d.length !== 1) throw typeErr(`${name}() argument 2 must be a byte string of length 1, not ${typeOf(v).name}`);
  return latin(d);
}

/** A str method's ValueError worded for bytes ('subsection', not 'substring'). */
function searched<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyLibError && e.message === 'substring not found') throw valueErr('subsection not found');
    throw e;
  }
}

/**
 * The methods, for a type whose instances' bytes `dataOf` reads and whose results `make`
 * builds (bytes from bytes, bytearray from bytearray).
 */
export function bytesTextMethods(dataOf: (v: Value) => Uint8Array, make: (d: Uint8Array) => Value): Record<string, NativeFn> {
  const d = (a: Value[]): Uint8Array => dataOf(a[0]!);
  const mapped = (f: (s: string) => string): NativeFn => (_th, a) => make(unascii(f(ascii(d(a)))));
  const test = (f: (s: string) => boolean): NativeFn => (_th, a) => f(ascii(d(a)));
  const finder =
    (f: (s: string, x: string, start?: Bound, end?: Bound) => number): NativeFn =>
    (_th, a) =>
      searched(() => f(latin(d(a)), sub(a[1]!), bound(a[2]), bound(a[3])));
  const layout =
    (name: string, f: (s: string, width: number, fill: string) => string): NativeFn =>
    (_th, a) =>
      make(unlatin(f(latin(d(a)), intArg(a[1], 0), fill(name, a[2]))));
  const stripper =
    (f: (s: string, chars: string | null) => string): NativeFn =>
    (_th, a) => {
      const chars = a[1] === undefined || a[1] === null ? null : latin(like(a[1]));
      return make(chars === null ? unascii(f(ascii(d(a)), null)) : unlatin(f(latin(d(a)), chars)));
    };
  const splitter =
    (f: (s: string, sep: string | null, maxsplit: number) => string[]): NativeFn =>
    (_th, a, kw) => {
      const sepArg = kw?.get('sep') ?? a[1];
      const maxsplit = intArg(kw?.get('maxsplit') ?? a[2], -1);
      if (sepArg === undefined || sepArg === null) return new PyList(f(ascii(d(a)), null, maxsplit).map((p) => make(unascii(p))));
      const sep = latin(like(sepArg));
      if (sep === '') throw valueErr('empty separator');
      return new PyList(f(latin(d(a)), sep, maxsplit).map((p) => make(unlatin(p))));
    };
  const parter =
    (f: (s: string, sep: string) => [string, string, string]): NativeFn =>
    (_th, a) =>
      new PyTuple(f(latin(d(a)), latin(like(a[1]!))).map((p) => make(unlatin(p))));
  return {
    capitalize: mapped(S.capitalize),
    title: mapped(S.title),
    swapcase: mapped(S.swapcase),
    upper: mapped(S.upper),
    lower: mapped(S.lower),
    isalnum: test(S.isalnum),
    isalpha: test(S.isalpha),
    isdigit: test(S.isdigit),
    islower: test(S.islower),
    isupper: test(S.isupper),
    istitle: test(S.istitle),
    isspace: test(S.isspace),
    isascii: (_th, a) => d(a).every((b) => b < 0x80),
    center: layout('center', S.center),
    ljust: layout('ljust', S.ljust),
    rjust: layout('rjust', S.rjust),
    zfill: (_th, a) => make(unlatin(S.zfill(latin(d(a)), intArg(a[1], 0)))),
    expandtabs: (_th, a, kw) => make(unlatin(S.expandtabs(latin(d(a)), intArg(kw?.get('tabsize') ?? a[1], 8)))),
    find: finder(S.find),
    rfind: finder(S.rfind),
    index: finder(S.index),
    rindex: finder(S.rindex),
    count: finder(S.count),
    replace: (_th, a) => make(unlatin(S.replace(latin(d(a)), latin(like(a[1]!)), latin(like(a[2]!)), intArg(a[3], -1)))),
    partition: parter(S.partition),
    rpartition: parter(S.rpartition),
    split: splitter(S.split),
    rsplit: splitter(S.rsplit),
    splitlines: (_th, a, kw) => {
      const keep = kw?.get('keepends') ?? a[1];
      return new PyList(S.splitlines(ascii(d(a), true), keep !== undefined && keep !== null && keep !== false && keep !== 0).map((p) => make(unascii(p))));
    },
    strip: stripper(S.strip),
    lstrip: stripper(S.lstrip),
    rstrip: stripper(S.rstrip),
    removeprefix: (_th, a) => {
      const [s, p] = [d(a), like(a[1]!)];
      return make(p.length <= s.length && p.every((b, i) => s[i] === b) ? s.slice(p.length) : s.slice());
    },
    removesuffix: (_th, a) => {
      const [s, p] = [d(a), like(a[1]!)];
      const at = s.length - p.length;
      return make(p.length > 0 && at >= 0 && p.every((b, i) => s[at + i] === b) ? s.slice(0, at) : s.slice());
    },
    translate: (_th, a, kw) => {
      const tableArg = a[1];
      const del = kw?.get('delete') ?? a[2];
      const table = tableArg === undefined || tableArg === null ? null : like(tableArg);
      if (table !== null && table.length !== 256) throw valueErr('translation table must be 256 characters long');
      const drop = new Set(del === undefined ? [] : like(del));
      const out: number[] = [];
      for (const b of d(a)) if (!drop.has(b)) out.push(table === null ? b : table[b]!);
      return make(Uint8Array.from(out));
    },
  };
}

/** bytes.maketrans / bytearray.maketrans: the 256-byte table mapping each byte of `from` to the byte of `to` at the same place. */
export function maketrans(a: Value[]): PyBytes {
  const [from, to] = [like(a[a.length - 2]!), like(a[a.length - 1]!)];
  if (from.length !== to.length) throw valueErr('maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  from.forEach((b, i) => (table[b] = to[i]!));
  return new PyBytes(table);
}

/**
 * bytes.hex(sep, bytes_per_sep) for bytes, bytearray and memoryview: two digits a byte, and
 * `sep` (one ASCII character, str or bytes) between groups of |bytes_per_sep| bytes, counted
 * from the right (from the left when negative).
 */
export function hexOf(data: Uint8Array, sepArg: Value | undefined, perArg: Value | undefined): string {
  const digits = Array.from(data, (b) => b.toString(16).padStart(2, '0'));
  if (sepArg === undefined || sepArg === null) return digits.join('');
  let sep: string;
  if (typeof sepArg === 'string') sep = sepArg;
  else if (sepArg instanceof PyBytes || (sepArg instanceof PyObject && typeOf(sepArg).mro.includes(T.bytearray!))) sep = latin(like(sepArg));
  else throw typeErr(`object of type '${typeOf(sepArg).name}' has no len()`);
  if ([...sep].length !== 1) throw valueErr('sep must be length 1.');
  if (sep.charCodeAt(0) > 127) throw valueErr('sep must be ASCII.');
  const per = intArg(perArg, 1);
  if (per === 0 || digits.length === 0) return digits.join('');
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) for (let end = digits.length; end > 0; end -= n) groups.unshift(digits.slice(Math.max(0, end - n), end).join(''));
  else for (let start = 0; start < digits.length; start += n) groups.push(digits.slice(start, start + n).join(''));
  return groups.join(sep);
}
