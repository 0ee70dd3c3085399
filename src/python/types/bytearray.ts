/**
 * bytearray: a mutable bytes. Its own layout (a growable byte buffer), not a
 * PyBytes: it is unhashable, and a fork copies it instead of sharing it.
 */
import { bytesTextMethods, hexOf, maketrans } from './bytes-text.js';
import { NotImplemented, builtinClass } from '../objects/boot.js';
import { indexErr, typeErr, valueErr } from '../objects/exceptions.js';
import { PyBytes } from '../objects/bytes.js';
import { methods, params, statics } from '../objects/native.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PySlice } from '../objects/range.js';
import { PyList } from '../objects/tuple.js';
import { SeqIter } from '../objects/iterators.js';
import { T, typeOf } from '../objects/types.js';
import { decode, encode } from '../runtime/codecs.js';
import { listOf } from '../runtime/iter.js';
import { runOrCoro } from '../runtime/dunder.js';
import { bytesCmp } from '../runtime/compare.js';
import { indexOf, sliceRange } from '../runtime/subscript.js';
import type { Thread } from '../objects/thread.js';
import type { Gen } from '../objects/coro.js';
import { affixMatch, bytesRepr } from './bytes-methods.js';
import { bytesPercentCo } from '../runtime/format.js';
import { bytesSize, grow } from '../objects/memory.js';

export class PyByteArray extends PyObject {
  constructor(
    public data: Uint8Array,
    cls: PyClass = T.bytearray!,
  ) {
    super(cls, cls.builtin ? null : new PyDict());
  }
}

builtinClass('bytearray', T.object, (cls) => new PyByteArray(new Uint8Array(0), cls));

const ba = (v: Value): PyByteArray => {
  if (!(v instanceof PyByteArray)) throw typeErr(`descriptor requires a 'bytearray' object but received a '${typeOf(v).name}'`);
  return v;
};

/** The bytes of a bytes-like argument (bytes, bytearray, memoryview: a copy of what it shows), or undefined. */
export function bytesLike(v: Value): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data;
  if (v instanceof PyObject && v.cls === T.memoryview) return (v as unknown as { readBytes(): Uint8Array }).readBytes();
  return undefined;
}

function byteValue(v: Value): number {
  const i = indexOf(v);
  if (i === undefined || typeof v === 'string') throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (i < 0 || i > 255) throw valueErr('byte must be in range(0, 256)');
  return i;
}

function* fromIterable(th: Thread, src: Value): Gen<Uint8Array> {
  const items = yield* listOf(th, src);
  return Uint8Array.from(items, byteValue);
}

const latin = (d: Uint8Array): string => String.fromCharCode(...d);
const cat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

function index(o: PyByteArray, k: Value): number {
  const i = indexOf(k);
  if (i === undefined) throw typeErr(`bytearray indices must be integers or slices, not ${typeOf(k).name}`);
  const j = i < 0 ? i + o.data.length : i;
  if (j < 0 || j >= o.data.length) throw indexErr('bytearray index out of range');
  return j;
}

/** The positions a slice selects. */
function positions(s: PySlice, len: number): number[] {
  const [lo, hi, step] = sliceRange(s, len);
  const out: number[] = [];
  if (step > 0) for (let i = lo; i < hi; i += step) out.push(i);
  else for (let i = lo; i > hi; i += step) out.push(i);
  return out;
}

const cmp = (op: (c: number) => boolean) => (_th: Thread, a: Value[]): Value => {
  const other = bytesLike(a[1]!);
  return other === undefined ? NotImplemented : op(bytesCmp(ba(a[0]!).data, other));
};

statics(T.bytearray!, {
  __new__: (th, args) => new PyByteArray(new Uint8Array(0), args[0] as PyClass),
});

methods(T.bytearray!, {
  __init__: (th, a, kw) => {
    const self = ba(a[0]!);
    const [src, encoding, errors] = params('bytearray', a, kw, ['source', 'encoding', 'errors'], 1);
    if (src === undefined) return null;
    if (typeof src === 'string') {
      if (encoding === undefined) throw typeErr('string argument without an encoding');
      self.data = encode(src, encoding as string, (errors as string) ?? 'strict');
      return null;
    }
    if (encoding !== undefined) throw typeErr('encoding without a string argument');
    if (typeof src === 'number') {
      if (src < 0) throw valueErr('negative count');
      grow(bytesSize(src) + 24);
      self.data = new Uint8Array(src);
      return null;
    }
    const like = bytesLike(src);
    if (like !== undefined) {
      self.data = like.slice();
      return null;
    }
    return runOrCoro(
      (function* () {
        self.data = yield* fromIterable(th, src);
        return null;
      })(),
    );
  },
  __repr__: (_th, a) => `${ba(a[0]!).cls === T.bytearray ? 'bytearray' : ba(a[0]!).cls.name}(${bytesRepr(ba(a[0]!).data, true)})`,
  __len__: (_th, a) => ba(a[0]!).data.length,
  __iter__: (_th, a) => new SeqIter(new PyList(Array.from(ba(a[0]!).data)), 0, false, 'list_iterator'),
  __getitem__: (_th, a) => {
    const o = ba(a[0]!);
    const k = a[1]!;
    if (k instanceof PySlice) return new PyByteArray(Uint8Array.from(positions(k, o.data.length), (i) => o.data[i]!));
    return o.data[index(o, k)]!;
  },
  __setitem__: (th, a) => {
    const o = ba(a[0]!);
    const k = a[1]!;
    const v = a[2]!;
    if (!(k instanceof PySlice)) {
      o.data[index(o, k)] = byteValue(v);
      return null;
    }
    return runOrCoro(
      (function* () {
        const src = bytesLike(v)?.slice() ?? (typeof v === 'number' ? new Uint8Array(v) : yield* fromIterable(th, v));
        const [lo, hi, step] = sliceRange(k, o.data.length);
        if (step === 1) {
          const end = Math.max(lo, hi);
          o.data = cat(cat(o.data.subarray(0, lo), src), o.data.subarray(end));
          return null;
        }
        const at = positions(k, o.data.length);
        if (at.length !== src.length) throw valueErr(`attempt to assign bytes of size ${src.length} to extended slice of size ${at.length}`);
        at.forEach((i, n) => (o.data[i] = src[n]!));
        return null;
      })(),
    );
  },
  __delitem__: (_th, a) => {
    const o = ba(a[0]!);
    const k = a[1]!;
    const drop = new Set(k instanceof PySlice ? positions(k, o.data.length) : [index(o, k)]);
    o.data = o.data.filter((_, i) => !drop.has(i));
    return null;
  },
  __contains__: (_th, a) => {
    const d = ba(a[0]!).data;
    const x = a[1]!;
    const like = bytesLike(x);
    if (like !== undefined) return latin(d).includes(latin(like));
    return d.includes(byteValue(x));
  },
  __add__: (_th, a) => {
    const other = bytesLike(a[1]!);
    if (other === undefined) throw typeErr(`can't concat ${typeOf(a[1]!).name} to bytearray`);
    return new PyByteArray(cat(ba(a[0]!).data, other));
  },
  /** printf-style formatting, as bytes % does (PEP 461), giving a bytearray. */
  __mod__: (th, a) =>
    runOrCoro(
      (function* () {
        return new PyByteArray(yield* bytesPercentCo(th, ba(a[0]!).data, a[1]!));
      })(),
    ),
  __iadd__: (_th, a) => {
    const other = bytesLike(a[1]!);
    if (other === undefined) throw typeErr(`can't concat ${typeOf(a[1]!).name} to bytearray`);
    ba(a[0]!).data = cat(ba(a[0]!).data, other);
    return a[0]!;
  },
  __mul__: (_th, a) => {
    const n = indexOf(a[1]!);
    if (n === undefined) return NotImplemented;
    const d = ba(a[0]!).data;
    const out = new Uint8Array(Math.max(0, n) * d.length);
    for (let i = 0; i < n; i++) out.set(d, i * d.length);
    return new PyByteArray(out);
  },
  __eq__: cmp((c) => c === 0),
  __ne__: cmp((c) => c !== 0),
  __lt__: cmp((c) => c < 0),
  __le__: cmp((c) => c <= 0),
  __gt__: cmp((c) => c > 0),
  __ge__: cmp((c) => c >= 0),
  append: (_th, a) => {
    const o = ba(a[0]!);
    o.data = cat(o.data, Uint8Array.of(byteValue(a[1]!)));
    return null;
  },
  extend: (th, a) =>
    runOrCoro(
      (function* () {
        const o = ba(a[0]!);
        o.data = cat(o.data, bytesLike(a[1]!)?.slice() ?? (yield* fromIterable(th, a[1]!)));
        return null;
      })(),
    ),
  insert: (_th, a) => {
    const o = ba(a[0]!);
    const n = o.data.length;
    let i = indexOf(a[1]!) ?? 0;
    if (i < 0) i = Math.max(0, i + n);
    i = Math.min(i, n);
    o.data = cat(cat(o.data.subarray(0, i), Uint8Array.of(byteValue(a[2]!))), o.data.subarray(i));
    return null;
  },
  pop: (_th, a) => {
    const o = ba(a[0]!);
    if (o.data.length === 0) throw indexErr('pop from empty bytearray');
    const i = index(o, a[1] ?? -1);
    const v = o.data[i]!;
    o.data = cat(o.data.subarray(0, i), o.data.subarray(i + 1));
    return v;
  },
  remove: (_th, a) => {
    const o = ba(a[0]!);
    const i = o.data.indexOf(byteValue(a[1]!));
    if (i < 0) throw valueErr('value not found in bytearray');
    o.data = cat(o.data.subarray(0, i), o.data.subarray(i + 1));
    return null;
  },
  clear: (_th, a) => {
    ba(a[0]!).data = new Uint8Array(0);
    return null;
  },
  copy: (_th, a) => new PyByteArray(ba(a[0]!).data.slice()),
  reverse: (_th, a) => {
    ba(a[0]!).data.reverse();
    return null;
  },
  decode: (_th, a, kw) => {
    const [encoding, errors] = params('decode', a, kw, ['encoding', 'errors'], 1);
    return decode(ba(a[0]!).data, (encoding as string) ?? 'utf-8', (errors as string) ?? 'strict');
  },
  hex: (_th, a, kw) => {
    const [sep, per] = params('hex', a, kw, ['sep', 'bytes_per_sep'], 1);
    return hexOf(ba(a[0]!).data, sep, per);
  },
  startswith: (_th, a) => affixMatch(ba(a[0]!).data, a, 'startswith'),
  endswith: (_th, a) => affixMatch(ba(a[0]!).data, a, 'endswith'),
});
methods(T.bytearray!, bytesTextMethods((v) => ba(v).data, (d) => new PyByteArray(d)));
statics(T.bytearray!, { maketrans: (_th, a) => maketrans(a) });
T.bytearray!.ns.setStr('__hash__', null);
