/**
 * memoryview: a view of the bytes of a bytes or bytearray object (or of another view),
 * without copying them. Writing through a view of a bytearray changes the bytearray; while
 * a view of it is not released, the bytearray cannot change size (BufferError), as in
 * CPython. Views are one-dimensional: `cast` reinterprets the bytes as items of a native
 * single-character struct format ('B', 'b', 'c', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q',
 * 'Q', 'n', 'N', 'f', 'd'), little-endian as on x86-64 Linux, and a shape of more than one
 * dimension is reported as not supported.
 */
import { hexOf } from './bytes-text.js';
import { NotImplemented, builtinClass } from '../objects/boot.js';
import { E, exc, indexErr, typeErr, valueErr } from '../objects/exceptions.js';
import { PyBytes } from '../objects/bytes.js';
import { getsets, methods, params, statics } from '../objects/native.js';
import { PyClass, PyFloat, PyObject, type Value } from '../objects/object.js';
import { PySlice } from '../objects/range.js';
import { SeqIter } from '../objects/iterators.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { hashBytes } from '../objects/hash.js';
import { float } from '../runtime/arith.js';
import { addr } from '../runtime/repr.js';
import { indexOf, sliceRange } from '../runtime/subscript.js';
import { PyByteArray, bytesLike } from './bytearray.js';

/** Item sizes of the native formats a view may be cast to (struct's native sizes on x86-64 Linux). */
const SIZES: Record<string, number> = { B: 1, b: 1, c: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8 };
const BYTE_FORMATS = new Set(['B', 'b', 'c']);

export class PyMemoryView extends PyObject {
  released = false;
  constructor(
    /** The object whose bytes it shows. */
    readonly base: PyBytes | PyByteArray,
    /** Where its first item starts, in bytes; the distance between items, in bytes; how many items. */
    readonly start: number,
    readonly stride: number,
    readonly count: number,
    readonly format: string,
    readonly readonly: boolean,
  ) {
    super(T.memoryview!);
  }

  get itemsize(): number {
    return SIZES[this.format]!;
  }

  /**
   * Refuses a view whose bytearray has since shrunk below it. CPython refuses to resize a
   * bytearray while a view of it is alive (BufferError); forkscope cannot tell when a view is
   * gone (it has no reference counts), so it lets the bytearray change size and stops here.
   */
  check(): void {
    const last = this.count === 0 ? this.start : this.start + Math.max(0, (this.count - 1) * this.stride) + this.itemsize;
    const first = this.count === 0 ? this.start : this.start + Math.min(0, (this.count - 1) * this.stride);
    if (first < 0 || last > this.base.data.length) throw exc(E.BufferError!, 'the bytearray under this memoryview has shrunk since the view was made (CPython refuses that resize while the view is alive)');
  }

  /** Its bytes, copied, in item order (bytearray.ts: bytesLike reads a view through this). */
  readBytes(): Uint8Array {
    if (this.released) throw valueErr('operation forbidden on released memoryview object');
    this.check();
    const data = this.base.data;
    const size = this.itemsize;
    const out = new Uint8Array(this.count * size);
    for (let i = 0; i < this.count; i++) out.set(data.subarray(this.start + i * this.stride, this.start + i * this.stride + size), i * size);
    return out;
  }
}

builtinClass('memoryview', T.object, null);

/** The view, checked to be one and not released. */
function live(v: Value): PyMemoryView {
  if (!(v instanceof PyMemoryView)) throw typeErr(`descriptor requires a 'memoryview' object but received a '${typeOf(v).name}'`);
  if (v.released) throw valueErr('operation forbidden on released memoryview object');
  v.check();
  return v;
}

/** Item `i` of the view, as the struct module unpacks its format. */
function load(m: PyMemoryView, i: number): Value {
  const data = m.base.data;
  const at = m.start + i * m.stride;
  const dv = new DataView(data.buffer, data.byteOffset + at, m.itemsize);
  switch (m.format) {
    case 'B': return dv.getUint8(0);
    case 'b': return dv.getInt8(0);
    case 'c': return new PyBytes(data.slice(at, at + 1));
    case '?': return dv.getUint8(0) !== 0;
    case 'h': return dv.getInt16(0, true);
    case 'H': return dv.getUint16(0, true);
    case 'i': return dv.getInt32(0, true);
    case 'I': return dv.getUint32(0, true);
    case 'l': case 'q': case 'n': return small(dv.getBigInt64(0, true));
    case 'L': case 'Q': case 'N': return small(dv.getBigUint64(0, true));
    case 'f': return float(dv.getFloat32(0, true));
    case 'd': return float(dv.getFloat64(0, true));
    default: throw valueErr(`memoryview: format ${m.format} not supported`);
  }
}

/** An int as the VM keeps it: a number when it is safe, a bigint beyond. */
const small = (b: bigint): number | bigint => (b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);

/** Integer ranges of the integer formats, for the check CPython's pack makes. */
const RANGES: Record<string, [bigint, bigint]> = {
  B: [0n, 255n], b: [-128n, 127n], h: [-32768n, 32767n], H: [0n, 65535n], i: [-(2n ** 31n), 2n ** 31n - 1n], I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n], Q: [0n, 2n ** 64n - 1n], N: [0n, 2n ** 64n - 1n],
};

/** Writes `v` as item `i`, with CPython's errors for a value of the wrong type or out of range. */
function store(m: PyMemoryView, i: number, v: Value): void {
  const data = m.base.data;
  const at = m.start + i * m.stride;
  const dv = new DataView(data.buffer, data.byteOffset + at, m.itemsize);
  const f = m.format;
  const wrongType = (): never => {
    throw typeErr(`memoryview: invalid type for format '${f}'`);
  };
  if (f === 'c') {
    if (!(v instanceof PyBytes)) wrongType();
    if ((v as PyBytes).data.length !== 1) throw valueErr(`memoryview: invalid value for format 'c'`);
    data[at] = (v as PyBytes).data[0]!;
    return;
  }
  if (f === '?') {
    data[at] = v === false || v === 0 || v === null ? 0 : 1;
    return;
  }
  if (f === 'f' || f === 'd') {
    const x = v instanceof PyFloat ? v.v : typeof v === 'number' || typeof v === 'boolean' ? Number(v) : wrongType();
    if (f === 'f') dv.setFloat32(0, x, true);
    else dv.setFloat64(0, x, true);
    return;
  }
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') wrongType();
  const n = typeof v === 'boolean' ? (v ? 1n : 0n) : BigInt(v as number | bigint);
  const [lo, hi] = RANGES[f]!;
  if (n < lo || n > hi) throw valueErr(`memoryview: invalid value for format '${f}'`);
  const bits = BigInt.asUintN(8 * m.itemsize, n);
  for (let b = 0; b < m.itemsize; b++) data[at + b] = Number((bits >> BigInt(8 * b)) & 0xffn);
}

/** The item a key names: an index, or a tuple of one index (CPython's errors for other tuples). */
function position(m: PyMemoryView, key: Value): number {
  let k = key;
  if (k instanceof PyTuple) {
    if (k.items.length === 0) throw exc(E.NotImplementedError!, 'sub-views are not implemented');
    if (k.items.some((x) => x instanceof PySlice)) throw exc(E.NotImplementedError!, 'multi-dimensional slicing is not implemented');
    if (k.items.length > 1) throw typeErr(`cannot index 1-dimension view with ${k.items.length}-element tuple`);
    k = k.items[0]!;
  }
  const i = typeof k === 'string' ? undefined : indexOf(k);
  if (i === undefined || k instanceof PyFloat) throw typeErr('memoryview: invalid slice key');
  const j = i < 0 ? i + m.count : i;
  if (j < 0 || j >= m.count) throw indexErr('index out of bounds on dimension 1');
  return j;
}

/** What a slice selects: where its first item starts, the stride, and how many items. */
function span(m: PyMemoryView, s: PySlice): [number, number, number] {
  const [lo, hi, step] = sliceRange(s, m.count);
  const n = step > 0 ? Math.max(0, Math.ceil((hi - lo) / step)) : Math.max(0, Math.ceil((lo - hi) / -step));
  return [m.start + lo * m.stride, m.stride * step, n];
}

const contiguous = (m: PyMemoryView): boolean => m.count <= 1 || m.stride === m.itemsize;

const list = (m: PyMemoryView): Value[] => Array.from({ length: m.count }, (_, i) => load(m, i));

/** Equality as CPython's memory_richcompare: same shape and equal items as their formats unpack them. */
function equal(m: PyMemoryView, other: Value): boolean | typeof NotImplemented {
  if (other === m) return true;
  let items: Value[];
  if (other instanceof PyMemoryView) {
    if (other.released) return false;
    items = list(other);
  } else if (other instanceof PyBytes || other instanceof PyByteArray) {
    items = Array.from(other.data);
  } else return NotImplemented;
  const mine = list(m);
  if (mine.length !== items.length) return false;
  return mine.every((x, i) => same(x, items[i]!));
}

const same = (a: Value, b: Value): boolean => {
  if (a instanceof PyBytes && b instanceof PyBytes) return a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]);
  if (a instanceof PyBytes || b instanceof PyBytes) return false;
  const num = (v: Value): number | bigint => (v instanceof PyFloat ? v.v : typeof v === 'boolean' ? Number(v) : (v as number | bigint));
  // eslint-disable-next-line eqeqeq -- a number and a bigint of the same value are equal
  return num(a) == num(b);
};

statics(T.memoryview!, {
  __new__: (_th, a, kw) => {
    const [obj] = params('memoryview', a, kw, ['object'], 1, 1);
    const o = obj!;
    if (o instanceof PyMemoryView) {
      const m = live(o);
      return new PyMemoryView(m.base, m.start, m.stride, m.count, m.format, m.readonly);
    }
    if (o instanceof PyBytes) return new PyMemoryView(o, 0, 1, o.data.length, 'B', true);
    if (o instanceof PyByteArray) return new PyMemoryView(o, 0, 1, o.data.length, 'B', false);
    throw typeErr(`memoryview: a bytes-like object is required, not '${typeOf(o).name}'`);
  },
});

methods(T.memoryview!, {
  __repr__: (_th, a) => `<${(a[0] as PyMemoryView).released ? 'released ' : ''}memory at ${addr(a[0]!)}>`,
  __len__: (_th, a) => live(a[0]!).count,
  __getitem__: (_th, a) => {
    const m = live(a[0]!);
    const k = a[1]!;
    if (!(k instanceof PySlice)) return load(m, position(m, k));
    const [start, stride, n] = span(m, k);
    return new PyMemoryView(m.base, start, stride, n, m.format, m.readonly);
  },
  __setitem__: (_th, a) => {
    const m = live(a[0]!);
    if (m.readonly) throw typeErr('cannot modify read-only memory');
    const k = a[1]!;
    if (!(k instanceof PySlice)) {
      store(m, position(m, k), a[2]!);
      return null;
    }
    const [start, stride, n] = span(m, k);
    const src = a[2] instanceof PyMemoryView ? live(a[2]) : undefined;
    const bytes = src ? (src.format === m.format ? src.readBytes() : undefined) : bytesLike(a[2]!);
    if (bytes === undefined) throw typeErr(`a bytes-like object is required, not '${typeOf(a[2]!).name}'`);
    if (bytes.length !== n * m.itemsize) throw valueErr('memoryview assignment: lvalue and rvalue have different structures');
    const data = m.base.data;
    for (let i = 0; i < n; i++) data.set(bytes.subarray(i * m.itemsize, (i + 1) * m.itemsize), start + i * stride);
    return null;
  },
  __delitem__: () => {
    throw typeErr('cannot delete memory');
  },
  __iter__: (_th, a) => new SeqIter(new PyList(list(live(a[0]!))), 0, false, 'list_iterator'),
  __eq__: (_th, a) => equal(a[0] as PyMemoryView, a[1]!),
  __ne__: (_th, a) => {
    const r = equal(a[0] as PyMemoryView, a[1]!);
    return r === NotImplemented ? r : !r;
  },
  __hash__: (_th, a) => {
    const m = live(a[0]!);
    if (!m.readonly) throw valueErr('cannot hash writable memoryview object');
    if (!BYTE_FORMATS.has(m.format)) throw valueErr("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return hashBytes(m.readBytes());
  },
  __enter__: (_th, a) => live(a[0]!),
  __exit__: (_th, a) => {
    release(a[0] as PyMemoryView);
    return null;
  },
  release: (_th, a) => {
    release(a[0] as PyMemoryView);
    return null;
  },
  tobytes: (_th, a, kw) => {
    params('tobytes', a, kw, ['order'], 1);
    return new PyBytes(live(a[0]!).readBytes());
  },
  tolist: (_th, a) => new PyList(list(live(a[0]!))),
  toreadonly: (_th, a) => {
    const m = live(a[0]!);
    return new PyMemoryView(m.base, m.start, m.stride, m.count, m.format, true);
  },
  hex: (_th, a, kw) => {
    const [sep, per] = params('hex', a, kw, ['sep', 'bytes_per_sep'], 1);
    return hexOf(live(a[0]!).readBytes(), sep, per);
  },
  cast: (_th, a, kw) => {
    const m = live(a[0]!);
    const [format, shape] = params('cast', a, kw, ['format', 'shape'], 1, 1);
    if (typeof format !== 'string') throw typeErr(`memoryview: format argument must be a string`);
    const f = format.startsWith('@') ? format.slice(1) : format;
    if (SIZES[f] === undefined) throw valueErr("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (!contiguous(m)) throw typeErr('memoryview: casts are restricted to C-contiguous views');
    if (!BYTE_FORMATS.has(f) && !BYTE_FORMATS.has(m.format)) throw typeErr('memoryview: cannot cast between two non-byte formats');
    const nbytes = m.count * m.itemsize;
    if (nbytes % SIZES[f]! !== 0) throw typeErr('memoryview: length is not a multiple of itemsize');
    const count = nbytes / SIZES[f]!;
    if (shape !== undefined) {
      const dims = shape instanceof PyTuple || shape instanceof PyList ? shape.items : null;
      if (dims === null) throw typeErr('shape must be a list or a tuple');
      if (dims.length !== 1) throw exc(E.NotImplementedError!, `forkscope's memoryview has one dimension: cast to a shape of ${dims.length} is not supported`);
      if (dims[0] !== count) throw typeErr('memoryview: product(shape) * itemsize != buffer size');
    }
    return new PyMemoryView(m.base, m.start, SIZES[f]!, count, f, m.readonly);
  },
});

/** Ends a view: any use of it but repr and release raises ValueError from now on. */
function release(m: PyMemoryView): void {
  m.released = true;
}

getsets(T.memoryview!, {
  obj: (_th, v) => live(v).base,
  nbytes: (_th, v) => live(v).count * live(v).itemsize,
  readonly: (_th, v) => live(v).readonly,
  itemsize: (_th, v) => live(v).itemsize,
  format: (_th, v) => live(v).format,
  ndim: (_th, v) => (live(v), 1),
  shape: (_th, v) => new PyTuple([live(v).count]),
  strides: (_th, v) => new PyTuple([live(v).stride]),
  suboffsets: (_th, v) => (live(v), new PyTuple([])),
  c_contiguous: (_th, v) => contiguous(live(v)),
  f_contiguous: (_th, v) => contiguous(live(v)),
  contiguous: (_th, v) => contiguous(live(v)),
});
