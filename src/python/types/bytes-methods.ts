/** bytes: constructor, decode, repr, hex, and the sequence dunders. */
import { PyDict } from '../objects/dict.js';
import { NotImplemented } from '../objects/boot.js';
import { typeErr, valueErr } from '../objects/exceptions.js';
import { PyBytes } from '../objects/bytes.js';
import { SeqIter } from '../objects/iterators.js';
import { methods, params, statics } from '../objects/native.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyClassMethod } from '../objects/function.js';
import { T, typeOf } from '../objects/types.js';
import { hashBytes } from '../objects/hash.js';
import { decode, encode } from '../runtime/codecs.js';
import { listOf } from '../runtime/iter.js';
import { runOrCoro } from '../runtime/dunder.js';
import { getItem } from '../runtime/subscript.js';
import { contains } from '../runtime/contains.js';
import { bytesCmp } from '../runtime/compare.js';
import { seqBinary } from '../runtime/seqops.js';
import { bytesPercentCo } from '../runtime/format.js';
import * as S from '../lib/strmethods.js';
import type { Bound } from '../lib/strsearch.js';
import { bytesSize, grow } from '../objects/memory.js';
import { bytesTextMethods, hexOf, maketrans } from './bytes-text.js';

/** repr(b'...'): quotes like CPython (single unless the data has ' and no "). */
const latin = (d: Uint8Array): string => String.fromCharCode(...d);
const unlatin = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
function bytesArg(v: Value): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === 'number') return Uint8Array.of(v);
  throw typeErr(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
}

/** The repr of bytes; `bytearray`: bytearray's, which escapes ' even between double quotes (CPython's bytearray_repr). */
export function bytesRepr(data: Uint8Array, bytearray = false): string {
  const hasSingle = data.includes(39);
  const hasDouble = data.includes(34);
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${q}`;
  for (const b of data) {
    if (b === 92) out += '\\\\';
    else if (b === 9) out += '\\t';
    else if (b === 10) out += '\\n';
    else if (b === 13) out += '\\r';
    else if (b === q.charCodeAt(0) || (bytearray && b === 39)) out += `\\${String.fromCharCode(b)}`;
    else if (b < 32 || b >= 127) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(b);
  }
  return out + q;
}

/** A bytes-like argument's data (bytes, bytearray: the classes with a `data` buffer), or undefined. */
function likeData(v: Value): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyObject && typeOf(v).mro.includes(T.bytearray!)) return (v as unknown as { data: Uint8Array }).data;
  return undefined;
}

/** A slice bound of startswith/endswith: None or an index. */
function bound(v: Value | undefined): Bound {
  if (v === undefined || v === null) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  throw typeErr('slice indices must be integers or None or have an __index__ method');
}

/**
 * bytes/bytearray.startswith and endswith (`a`: self's data is `data`, then the affix
 * — a bytes-like or a tuple of them — and optional start and end), with CPython's errors.
 */
export function affixMatch(data: Uint8Array, a: Value[], name: 'startswith' | 'endswith'): boolean {
  const arg = a[1]!;
  const s = latin(data);
  const [start, end] = [bound(a[2]), bound(a[3])];
  const test = (d: Uint8Array): boolean => (name === 'startswith' ? S.startswith : S.endswith)(s, latin(d), start, end);
  const one = likeData(arg);
  if (one !== undefined) return test(one);
  if (!(arg instanceof PyTuple)) throw typeErr(`${name} first arg must be bytes or a tuple of bytes, not ${typeOf(arg).name}`);
  // Item by item, as CPython: an item that is not bytes-like fails only when reached.
  for (const x of arg.items) {
    const d = likeData(x);
    if (d === undefined) throw typeErr(`a bytes-like object is required, not '${typeOf(x).name}'`);
    if (test(d)) return true;
  }
  return false;
}

/** A memoryview, read without importing it (types/memoryview.ts imports this file's users). */
interface View {
  readBytes(): Uint8Array;
}

const by = (v: Value): PyBytes => {
  if (!(v instanceof PyBytes)) throw typeErr(`descriptor requires a 'bytes' object but received a '${typeOf(v).name}'`);
  return v;
};

statics(T.bytes, {
  __new__: (th, args, kw) => {
    const cls = args[0] as PyClass;
    const [src, encoding, errors] = params('bytes', args, kw, ['source', 'encoding', 'errors'], 1);
    // An instance of a subclass has a __dict__, as in CPython.
    const make = (d: Uint8Array): PyBytes => {
      const b = new PyBytes(d, cls);
      if (!cls.builtin) b.dict = new PyDict();
      return b;
    };
    if (src === undefined) return make(new Uint8Array(0));
    if (typeof src === 'string') {
      if (encoding === undefined) throw typeErr('string argument without an encoding');
      return make(encode(src, encoding as string, (errors as string) ?? 'strict'));
    }
    if (encoding !== undefined) throw typeErr('encoding without a string argument');
    if (typeof src === 'number') {
      if (src < 0) throw valueErr('negative count');
      grow(bytesSize(src));
      return make(new Uint8Array(src));
    }
    if (src instanceof PyBytes) return make(src.data.slice());
    if (src instanceof PyObject && src.cls === T.memoryview) return make((src as unknown as View).readBytes());
    return runOrCoro(
      (function* () {
        const items = yield* listOf(th, src);
        const out = new Uint8Array(items.length);
        items.forEach((x, i) => {
          if (typeof x !== 'number') throw typeErr(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
          if (x < 0 || x > 255) throw valueErr('bytes must be in range(0, 256)');
          out[i] = x;
        });
        return make(out);
      })(),
    );
  },
});

statics(T.bytes, {
  fromhex: (_th, a) => {
    const s = a[a.length - 1];
    if (typeof s !== 'string') throw typeErr(`fromhex() argument must be str, not ${typeOf(s!).name}`);
    const out: number[] = [];
    const t = s.replace(/\s+/g, ' ');
    for (let i = 0; i < t.length; ) {
      if (t[i] === ' ') {
        i++;
        continue;
      }
      const pair = t.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(pair)) throw valueErr(`non-hexadecimal number found in fromhex() arg at position ${/^[0-9a-fA-F]/.test(pair) ? i + 1 : i}`);
      out.push(parseInt(pair, 16));
      i += 2;
    }
    return new PyBytes(Uint8Array.from(out));
  },
});
statics(T.bytes, { maketrans: (_th, a) => maketrans(a) });
T.bytes.ns.setStr('fromhex', new PyClassMethod((T.bytes.ns.getStr('fromhex') as unknown as { func: Value }).func));

methods(T.bytes, {
  __repr__: (_th, a) => bytesRepr(by(a[0]!).data),
  __str__: (_th, a) => bytesRepr(by(a[0]!).data),
  __len__: (_th, a) => by(a[0]!).data.length,
  __mod__: (th, a) =>
    runOrCoro(
      (function* () {
        return new PyBytes(yield* bytesPercentCo(th, by(a[0]!).data, a[1]!));
      })(),
    ),
  __hash__: (_th, a) => hashBytes(by(a[0]!).data),
  __iter__: (_th, a) => new SeqIter(by(a[0]!), 0, false, 'bytes_iterator'),
  __getitem__: (th, a) => getItem(th, new PyBytes(by(a[0]!).data), a[1]!),
  __contains__: (th, a) => contains(th, new PyBytes(by(a[0]!).data), a[1]!),
  __add__: (th, a) => {
    const other = a[1]!;
    if (other instanceof PyBytes) return seqBinary(th, new PyBytes(by(a[0]!).data), other, 0) ?? NotImplemented;
    const like =
      other instanceof PyObject && other.cls === T.bytearray
        ? (other as unknown as { data: Uint8Array }).data
        : other instanceof PyObject && other.cls === T.memoryview
          ? (other as unknown as View).readBytes()
          : undefined;
    if (like === undefined) throw typeErr(`can't concat ${typeOf(other).name} to bytes`);
    const d = by(a[0]!).data;
    const out = new Uint8Array(d.length + like.length);
    out.set(d);
    out.set(like, d.length);
    return new PyBytes(out);
  },
  __mul__: (th, a) => seqBinary(th, new PyBytes(by(a[0]!).data), a[1]!, 2) ?? NotImplemented,
  __eq__: (_th, a) => (a[1] instanceof PyBytes ? bytesCmp(by(a[0]!).data, a[1].data) === 0 : NotImplemented),
  __ne__: (_th, a) => (a[1] instanceof PyBytes ? bytesCmp(by(a[0]!).data, a[1].data) !== 0 : NotImplemented),
  __lt__: (_th, a) => (a[1] instanceof PyBytes ? bytesCmp(by(a[0]!).data, a[1].data) < 0 : NotImplemented),
  __le__: (_th, a) => (a[1] instanceof PyBytes ? bytesCmp(by(a[0]!).data, a[1].data) <= 0 : NotImplemented),
  __gt__: (_th, a) => (a[1] instanceof PyBytes ? bytesCmp(by(a[0]!).data, a[1].data) > 0 : NotImplemented),
  __ge__: (_th, a) => (a[1] instanceof PyBytes ? bytesCmp(by(a[0]!).data, a[1].data) >= 0 : NotImplemented),
  decode: (_th, a, kw) => {
    const [encoding, errors] = params('decode', a, kw, ['encoding', 'errors'], 1);
    return decode(by(a[0]!).data, (encoding as string) ?? 'utf-8', (errors as string) ?? 'strict');
  },
  hex: (_th, a, kw) => {
    const [sep, per] = params('hex', a, kw, ['sep', 'bytes_per_sep'], 1);
    return hexOf(by(a[0]!).data, sep, per);
  },
  join: (th, a) =>
    runOrCoro(
      (function* () {
        const parts = (yield* listOf(th, a[1]!)).map((x, i) => {
          if (!(x instanceof PyBytes)) throw typeErr(`sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
          return latin(x.data);
        });
        return new PyBytes(unlatin(parts.join(latin(by(a[0]!).data))));
      })(),
    ),
  startswith: (_th, a) => affixMatch(by(a[0]!).data, a, 'startswith'),
  endswith: (_th, a) => affixMatch(by(a[0]!).data, a, 'endswith'),
  __getnewargs__: (_th, a) => new PyTuple([new PyBytes(by(a[0]!).data)]),
});

methods(T.bytes, bytesTextMethods((v) => by(v).data, (d) => new PyBytes(d)));
