/**
 * str: the constructor, the methods (lib/str*.ts does the CPython-exact work),
 * join, format, encode, and the operator dunders used by subclasses.
 */
import { NotImplemented } from '../objects/boot.js';
import { Coro, type Gen, type NativeResult } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, PyBaseException, exc, typeErr, valueErr } from '../objects/exceptions.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyBytes } from '../objects/bytes.js';
import { clinic, methods, none, one, params, statics, unpack } from '../objects/native.js';
import { PyClass, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import * as S from '../lib/strmethods.js';
import { formatStr } from '../lib/formatspec.js';
import { strRepr } from '../lib/strrepr.js';
import { hashStr } from '../objects/hash.js';
import { nestedRepr, quickStr, strCo } from '../runtime/repr.js';
import { strFormatCo, percent } from '../runtime/format.js';
import { listOf } from '../runtime/iter.js';
import { runOrCoro } from '../runtime/dunder.js';
import { StrIter } from '../objects/iterators.js';
import { contains } from '../runtime/contains.js';
import { getItem } from '../runtime/subscript.js';
import { strCmp } from '../runtime/compare.js';
import { decode, encode } from '../runtime/codecs.js';
import type { Thread } from '../objects/thread.js';
import type { PyInt } from '../lib/pyint.js';
import { grow, strSize } from '../objects/memory.js';

/** The str inside a str or str-subclass value, or undefined. */
export const strValue = (v: Value): string | undefined => (typeof v === 'string' ? v : v instanceof PyBoxed && typeof v.value === 'string' ? v.value : undefined);

function self(a: Value[], name: string): string {
  const s = strValue(a[0]!);
  if (s === undefined) throw typeErr(`descriptor '${name}' for 'str' objects doesn't apply to a '${typeOf(a[0]!).name}' object`);
  return s;
}

/** A str argument (method `name` expects one). */
function strArg(v: Value, what = ''): string {
  const s = strValue(v);
  if (s === undefined) throw typeErr(`${what === '' ? '' : `${what} `}must be str, not ${typeOf(v).name}`);
  return s;
}

function optStr(v: Value | undefined, name: string): string | null {
  if (v === undefined || v === null) return null;
  const s = strValue(v);
  if (s === undefined) throw typeErr(`${name} must be None or str`);
  return s;
}

function intArg(v: Value | undefined): PyInt | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeErr('slice indices must be integers or None or have an __index__ method');
}

/** startswith/endswith's prefix: a str or a tuple of str. */
function affix(v: Value, name: string): string | string[] {
  const s = strValue(v);
  if (s !== undefined) return s;
  if (v instanceof PyTuple) {
    return v.items.map((x) => {
      const t = strValue(x);
      if (t === undefined) throw typeErr(`tuple for ${name} must only contain str, not ${typeOf(x).name}`);
      return t;
    });
  }
  throw typeErr(`${name} first arg must be str or a tuple of str, not ${typeOf(v).name}`);
}

const strList = (xs: string[]): PyList => new PyList(xs);

function* joinCo(th: Thread, sep: string, iterable: Value): Gen<string> {
  return joinStrs(sep, yield* listOf(th, iterable));
}

/** str.join over a list's items: each must be a str; the result is checked against the memory limits before it is made. */
function joinStrs(sep: string, items: readonly Value[]): string {
  const parts: string[] = [];
  let n = sep.length * Math.max(0, items.length - 1);
  for (let i = 0; i < items.length; i++) {
    const s = strValue(items[i]!);
    if (s === undefined) throw typeErr(`sequence item ${i}: expected str instance, ${typeOf(items[i]!).name} found`);
    parts.push(s);
    n += s.length;
  }
  grow(strSize(n));
  return parts.join(sep);
}

function* strNew(th: Thread, obj: Value, wrap: (s: string) => Value): Gen {
  return wrap(yield* strCo(th, obj));
}

statics(T.str, {
  __new__: (th, args, kw) => {
    const cls = args[0] as PyClass;
    const [obj, encoding, errors] = params('str', args, kw, ['object', 'encoding', 'errors'], 1);
    const wrap = (s: string): Value => {
      if (cls === T.str) return s;
      const b = cls.alloc(cls) as PyBoxed;
      b.value = s;
      return b;
    };
    if (obj === undefined) return wrap('');
    if (encoding !== undefined || errors !== undefined) {
      if (!(obj instanceof PyBytes)) throw typeErr(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
      return wrap(decode(obj.data, (encoding as string) ?? 'utf-8', (errors as string) ?? 'strict'));
    }
    const q = quickStr(obj);
    if (q !== undefined) return wrap(q);
    return nestedRepr(() => runOrCoro(strNew(th, obj, wrap)));
  },
});

T.str.call1 = quickStr;

methods(T.str, {
  __repr__: (_th, a) => strRepr(self(a, '__repr__')),
  __str__: (_th, a) => self(a, '__str__'),
  __hash__: (_th, a) => hashStr(self(a, '__hash__')),
  __len__: (_th, a) => S.pyLen(self(a, '__len__')),
  __iter__: (_th, a) => new StrIter(self(a, '__iter__')),
  __getitem__: (th, a) => getItem(th, self(a, '__getitem__'), a[1]!),
  __contains__: (th, a) => contains(th, self(a, '__contains__'), a[1]!),
  __add__: (_th, a) => {
    const o = strValue(a[1]!);
    return o === undefined ? NotImplemented : self(a, '__add__') + o;
  },
  __mul__: (_th, a) => {
    const n = a[1];
    if (typeof n !== 'number' && typeof n !== 'boolean') return NotImplemented;
    return self(a, '__mul__').repeat(Math.max(0, Number(n)));
  },
  __rmul__: (_th, a) => {
    const n = a[1];
    if (typeof n !== 'number' && typeof n !== 'boolean') return NotImplemented;
    return self(a, '__rmul__').repeat(Math.max(0, Number(n)));
  },
  __mod__: (th, a) => percent(th, self(a, '__mod__'), a[1]!),
  __eq__: (_th, a) => {
    const o = strValue(a[1]!);
    return o === undefined ? NotImplemented : self(a, '__eq__') === o;
  },
  __ne__: (_th, a) => {
    const o = strValue(a[1]!);
    return o === undefined ? NotImplemented : self(a, '__ne__') !== o;
  },
  __lt__: (_th, a) => cmp(a, (c) => c < 0),
  __le__: (_th, a) => cmp(a, (c) => c <= 0),
  __gt__: (_th, a) => cmp(a, (c) => c > 0),
  __ge__: (_th, a) => cmp(a, (c) => c >= 0),
  __format__: (_th, a) => formatStr(self(a, '__format__'), strArg(a[1]!, 'format() argument 2')),
  __getnewargs__: (_th, a) => new PyTuple([self(a, '__getnewargs__')]),
  upper: (_th, a) => (none('str.upper', a), S.upper(self(a, 'upper'))),
  lower: (_th, a) => (none('str.lower', a), S.lower(self(a, 'lower'))),
  casefold: (_th, a) => S.casefold(self(a, 'casefold')),
  title: (_th, a) => S.title(self(a, 'title')),
  capitalize: (_th, a) => S.capitalize(self(a, 'capitalize')),
  swapcase: (_th, a) => S.swapcase(self(a, 'swapcase')),
  isascii: (_th, a) => S.isascii(self(a, 'isascii')),
  isdecimal: (_th, a) => S.isdecimal(self(a, 'isdecimal')),
  isdigit: (_th, a) => S.isdigit(self(a, 'isdigit')),
  isnumeric: (_th, a) => S.isnumeric(self(a, 'isnumeric')),
  isalpha: (_th, a) => S.isalpha(self(a, 'isalpha')),
  isalnum: (_th, a) => S.isalnum(self(a, 'isalnum')),
  isspace: (_th, a) => S.isspace(self(a, 'isspace')),
  isprintable: (_th, a) => S.isprintable(self(a, 'isprintable')),
  isidentifier: (_th, a) => S.isidentifier(self(a, 'isidentifier')),
  isupper: (_th, a) => S.isupper(self(a, 'isupper')),
  islower: (_th, a) => S.islower(self(a, 'islower')),
  istitle: (_th, a) => S.istitle(self(a, 'istitle')),
  strip: (_th, a) => (clinic('strip', a, 0, 1, 1), S.strip(self(a, 'strip'), optStr(a[1], 'strip arg'))),
  lstrip: (_th, a) => (clinic('lstrip', a, 0, 1, 1), S.lstrip(self(a, 'lstrip'), optStr(a[1], 'lstrip arg'))),
  rstrip: (_th, a) => (clinic('rstrip', a, 0, 1, 1), S.rstrip(self(a, 'rstrip'), optStr(a[1], 'rstrip arg'))),
  split: (_th, a, kw) => {
    const [sep, maxsplit] = params('split', a, kw, ['sep', 'maxsplit'], 1);
    return strList(S.split(self(a, 'split'), sepOrNone(sep), maxsplitOf(maxsplit)));
  },
  rsplit: (_th, a, kw) => {
    const [sep, maxsplit] = params('rsplit', a, kw, ['sep', 'maxsplit'], 1);
    return strList(S.rsplit(self(a, 'rsplit'), sepOrNone(sep), maxsplitOf(maxsplit)));
  },
  splitlines: (_th, a, kw) => {
    const [keep] = params('splitlines', a, kw, ['keepends'], 1);
    return strList(S.splitlines(self(a, 'splitlines'), keep === true || (typeof keep === 'number' && keep !== 0)));
  },
  join: (th, a) => {
    const sep = self(a, 'join');
    const it = one('str.join', a, 1);
    if (it instanceof PyList || it instanceof PyTuple) return joinStrs(sep, it.items);
    return runOrCoro(joinCo(th, sep, it));
  },
  find: (_th, a) => S.find(self(a, 'find'), strArg(a[1]!), intArg(a[2]), intArg(a[3])),
  rfind: (_th, a) => S.rfind(self(a, 'rfind'), strArg(a[1]!), intArg(a[2]), intArg(a[3])),
  index: (_th, a) => S.index(self(a, 'index'), strArg(a[1]!), intArg(a[2]), intArg(a[3])),
  rindex: (_th, a) => S.rindex(self(a, 'rindex'), strArg(a[1]!), intArg(a[2]), intArg(a[3])),
  count: (_th, a) => S.count(self(a, 'count'), strArg(a[1]!), intArg(a[2]), intArg(a[3])),
  startswith: (_th, a) => S.startswith(self(a, 'startswith'), affix(a[1]!, 'startswith'), intArg(a[2]), intArg(a[3])),
  endswith: (_th, a) => S.endswith(self(a, 'endswith'), affix(a[1]!, 'endswith'), intArg(a[2]), intArg(a[3])),
  replace: (_th, a) => {
    clinic('replace', a, 2, 3, 1);
    const n = a[3] === undefined ? -1 : (a[3] as number);
    return S.replace(self(a, 'replace'), strArg(a[1]!, 'replace() argument 1'), strArg(a[2]!, 'replace() argument 2'), n);
  },
  partition: (_th, a) => new PyTuple(S.partition(self(a, 'partition'), sepArg(a[1]!))),
  rpartition: (_th, a) => new PyTuple(S.rpartition(self(a, 'rpartition'), sepArg(a[1]!))),
  center: (_th, a) => S.center(self(a, 'center'), widthArg(a[1]!), fillArg(a[2], 'center')),
  ljust: (_th, a) => S.ljust(self(a, 'ljust'), widthArg(a[1]!), fillArg(a[2], 'ljust')),
  rjust: (_th, a) => S.rjust(self(a, 'rjust'), widthArg(a[1]!), fillArg(a[2], 'rjust')),
  zfill: (_th, a) => S.zfill(self(a, 'zfill'), widthArg(one('str.zfill', a, 1))),
  expandtabs: (_th, a, kw) => {
    const [n] = params('expandtabs', a, kw, ['tabsize'], 1);
    return S.expandtabs(self(a, 'expandtabs'), n === undefined ? 8 : widthArg(n));
  },
  removeprefix: (_th, a) => {
    const s = self(a, 'removeprefix');
    const p = strArg(one('str.removeprefix', a, 1), 'removeprefix() argument');
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix: (_th, a) => {
    const s = self(a, 'removesuffix');
    const p = strArg(one('str.removesuffix', a, 1), 'removesuffix() argument');
    return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  format: (th, a, kw) => {
    const kwargs = new PyDict();
    for (const [k, v] of kw ?? []) kwargs.setStr(k, v);
    return runOrCoro(strFormatCo(th, self(a, 'format'), a.slice(1), kwargs, null));
  },
  format_map: (th, a) => runOrCoro(strFormatCo(th, self(a, 'format_map'), null, null, one('str.format_map', a, 1))),
  encode: (_th, a, kw) => {
    const [encoding, errors] = params('encode', a, kw, ['encoding', 'errors'], 1);
    return new PyBytes(encode(self(a, 'encode'), (encoding as string) ?? 'utf-8', (errors as string) ?? 'strict'));
  },
  translate: (th, a) => runOrCoro(translateCo(th, self(a, 'translate'), a[1]!)),
});

statics(T.str, {
  maketrans: (_th, a) => {
    unpack('maketrans', a, 1, 3);
    return maketrans(a);
  },
});

function cmp(a: Value[], test: (c: number) => boolean): Value {
  const o = strValue(a[1]!);
  return o === undefined ? NotImplemented : test(strCmp(self(a, 'cmp'), o));
}

function sepOrNone(v: Value | undefined): string | null {
  if (v === undefined || v === null) return null;
  const s = strValue(v);
  if (s === undefined) throw typeErr(`must be str or None, not ${typeOf(v).name}`);
  if (s === '') throw valueErr('empty separator');
  return s;
}

function maxsplitOf(v: Value | undefined): number | bigint {
  if (v === undefined) return -1;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function sepArg(v: Value): string {
  const s = strArg(v);
  if (s === '') throw valueErr('empty separator');
  return s;
}

function widthArg(v: Value): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function fillArg(v: Value | undefined, name: string): string {
  if (v === undefined) return ' ';
  const s = strValue(v);
  if (s === undefined) throw typeErr(`${name}() argument 2 must be str, not ${typeOf(v).name}`);
  if (S.pyLen(s) !== 1) throw typeErr('The fill character must be exactly one character long');
  return s;
}

function* translateCo(th: Thread, s: string, table: Value): Gen<string> {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let r: Value;
    try {
      const x = getItem(th, table, cp);
      r = x instanceof Coro ? yield* x.gen : x;
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubclassOf(E.LookupError!)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (r === null) continue;
    if (typeof r === 'number') out += String.fromCodePoint(r);
    else if (typeof r === 'string') out += r;
    else throw typeErr('character mapping must return integer, None or str');
  }
  return out;
}

function maketrans(args: Value[]): Value {
  const d = new PyDict();
  for (const [i, v] of args.entries()) {
    if (i > 0 && strValue(v) === undefined) throw typeErr(`maketrans() argument ${i + 1} must be str, not ${typeOf(v).name}`);
  }
  if (args.length > 1 && strValue(args[0]!) === undefined) throw typeErr('first maketrans argument must be a string if there is a second argument');
  if (args.length === 1) {
    const src = args[0];
    if (!(src instanceof PyDict)) throw typeErr('if you give only one argument to maketrans it must be a dict');
    for (const e of src.entries()) d.set(typeof e.key === 'string' ? e.key.codePointAt(0)! : e.key, e.value!);
    return d;
  }
  const [x, y, z] = args.map((v) => strValue(v!)!);
  const xs = Array.from(x!);
  const ys = Array.from(y!);
  if (xs.length !== ys.length) throw valueErr('the first two maketrans arguments must have equal length');
  xs.forEach((c, i) => d.set(c.codePointAt(0)!, ys[i]!.codePointAt(0)!));
  for (const c of Array.from(z ?? '')) d.set(c.codePointAt(0)!, null);
  return d;
}

export { exc, type NativeResult };
