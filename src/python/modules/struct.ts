/**
 * _struct: values packed into bytes and back by a format string, as C lays them out
 * ('@' native: x86-64 sizes and alignment, little-endian; '=', '<', '>', '!': standard
 * sizes, no alignment). struct.py adds the Struct class over these functions.
 */
import { E, newExc, typeErr } from '../objects/exceptions.js';
import { PyBytes } from '../objects/bytes.js';
import { fn, one, params } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { type PyClass, PyFloat, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';
import type { Interpreter } from '../objects/interpreter.js';
import { float } from '../runtime/arith.js';
import { runOrCoro } from '../runtime/dunder.js';
import { truthCo } from '../runtime/truth.js';
import type { Gen } from '../objects/coro.js';
import type { Thread } from '../objects/thread.js';
import { normInt } from '../lib/pyint.js';
import { PyByteArray, bytesLike } from '../types/bytearray.js';
import { intValue } from '../types/numbers.js';
import { strValue } from '../types/str.js';

let errorClass: PyClass | null = null;

/** struct.error, made on first use (the exception classes exist by then). */
function structError(): PyClass {
  if (errorClass === null) {
    errorClass = builtinClass('struct.error', E.Exception!, null, 'struct', 'error');
    delete T['struct.error'];
  }
  return errorClass;
}

const fail = (msg: string): never => {
  throw newExc(structError(), [msg]);
};

/** One item of a format: its code, how many (a count for 's' and 'p' is their length), where it starts. */
interface Item {
  code: string;
  count: number;
  offset: number;
  size: number;
}

interface Layout {
  items: Item[];
  size: number;
  little: boolean;
  /** How many values pack takes and unpack gives. */
  values: number;
}

const NATIVE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8 };
const STANDARD: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };

const layouts = new Map<string, Layout>();

function layout(format: string): Layout {
  const hit = layouts.get(format);
  if (hit) return hit;
  let i = 0;
  let native = true;
  let little = true;
  if ('@=<>!'.includes(format[0] ?? '')) {
    native = format[0] === '@';
    little = format[0] === '@' || format[0] === '=' || format[0] === '<';
    i = 1;
  }
  const sizes = native ? NATIVE : STANDARD;
  const items: Item[] = [];
  let offset = 0;
  let values = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let count = 1;
    if (/[0-9]/.test(ch)) {
      let j = i;
      while (j < format.length && /[0-9]/.test(format[j]!)) j++;
      count = Number(format.slice(i, j));
      i = j;
      if (i >= format.length) fail('repeat count given without format specifier');
    }
    const code = format[i++]!;
    const size = sizes[code];
    if (size === undefined) fail('bad char in struct format');
    if (native && code !== 's' && code !== 'p' && code !== 'x' && code !== 'c') offset = Math.ceil(offset / size!) * size!;
    if (code === 's' || code === 'p') {
      items.push({ code, count, offset, size: count });
      offset += count;
      values++;
    } else {
      for (let k = 0; k < count; k++) {
        if (code !== 'x') {
          items.push({ code, count: 1, offset, size: size! });
          values++;
        }
        offset += size!;
      }
    }
  }
  const made = { items, size: offset, little, values };
  layouts.set(format, made);
  return made;
}

function formatOf(v: Value): string {
  const s = strValue(v);
  if (s === undefined) throw typeErr(`Struct() argument 1 must be a str or bytes object, not ${typeOf(v).name}`);
  return s;
}

/** Integer ranges per code and size, with CPython's messages for a value outside. */
function intRange(code: string, size: number): [bigint, bigint, string] {
  const bits = BigInt(size * 8);
  const unsigned = code === code.toUpperCase() && code !== '?';
  const lo = unsigned ? 0n : -(1n << (bits - 1n));
  const hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  const names: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };
  const name = names[code] ?? `'${code}'`;
  const msg = size < 8 ? `${name} format requires ${lo} <= number <= ${hi}` : 'argument out of range';
  return [lo, hi, msg];
}

/** Packs args into out at `at` (a coroutine: a '?' item asks the value's own __bool__). */
function* packCo(th: Thread, lay: Layout, format: string, args: Value[], out: Uint8Array, at: number): Gen<null> {
  if (args.length !== lay.values) fail(`pack expected ${lay.values} items for packing (got ${args.length})`);
  const truths: boolean[] = [];
  for (let k = 0; k < lay.items.length; k++) if (lay.items[k]!.code === '?') truths[k] = yield* truthCo(th, args[k]!);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const native = !'=<>!'.includes(format[0] ?? '');
  lay.items.forEach((item, k) => {
    const v = args[k]!;
    const pos = at + item.offset;
    switch (item.code) {
      case 's':
      case 'p': {
        if (!(v instanceof PyBytes || v instanceof PyByteArray)) fail(`argument for '${item.code}' must be a bytes object`);
        const data = bytesLike(v);
        if (item.code === 's') out.set(data!.subarray(0, item.size), pos);
        else if (item.size > 0) {
          const n = Math.min(data!.length, item.size - 1, 255);
          out[pos] = n;
          out.set(data!.subarray(0, n), pos + 1);
        }
        return;
      }
      case 'c': {
        if (!(v instanceof PyBytes) || v.data.length !== 1) fail('char format requires a bytes object of length 1');
        out[pos] = (v as PyBytes).data[0]!;
        return;
      }
      case '?':
        out[pos] = truths[k] ? 1 : 0;
        return;
      case 'e':
      case 'f':
      case 'd': {
        const x = v instanceof PyFloat ? v.v : typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? Number(v) : fail('required argument is not a float');
        if (item.code === 'd') view.setFloat64(pos, x, lay.little);
        else if (item.code === 'f') {
          // Standard sizes refuse a float that is finite but too large; the native layout stores inf, as C's cast does.
          if (!native && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throw newExc(E.OverflowError!, ['float too large to pack with f format']);
          view.setFloat32(pos, x, lay.little);
        } else view.setUint16(pos, halfBits(x), lay.little);
        return;
      }
      default: {
        const n = intValue(v);
        if (n === undefined || v instanceof PyFloat) fail('required argument is not an integer');
        const b = BigInt(n!);
        const [lo, hi, msg] = intRange(item.code, item.size);
        // CPython converts I, L, Q and N through C's unsigned long, which refuses a negative number before the range check.
        if (b < 0n && 'ILQN'.includes(item.code)) fail('argument out of range');
        if (b < lo || b > hi) fail(msg);
        let u = BigInt.asUintN(item.size * 8, b);
        for (let j = 0; j < item.size; j++) {
          out[pos + (lay.little ? j : item.size - 1 - j)] = Number(u & 0xffn);
          u >>= 8n;
        }
      }
    }
  });
  return null;
}

function unpackFrom(lay: Layout, data: Uint8Array, at: number): Value[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return lay.items.map((item) => {
    const pos = at + item.offset;
    switch (item.code) {
      case 's':
        return new PyBytes(data.slice(pos, pos + item.size));
      case 'p': {
        if (item.size === 0) return new PyBytes(new Uint8Array());
        const n = Math.min(data[pos]!, item.size - 1);
        return new PyBytes(data.slice(pos + 1, pos + 1 + n));
      }
      case 'c':
        return new PyBytes(data.slice(pos, pos + 1));
      case '?':
        return data[pos] !== 0;
      case 'e':
        return float(halfValue(view.getUint16(pos, lay.little)));
      case 'f':
        return float(view.getFloat32(pos, lay.little));
      case 'd':
        return float(view.getFloat64(pos, lay.little));
      default: {
        let u = 0n;
        for (let j = item.size - 1; j >= 0; j--) u = (u << 8n) | BigInt(data[pos + (lay.little ? j : item.size - 1 - j)]!);
        const signed = item.code === item.code.toLowerCase();
        return normInt(signed ? BigInt.asIntN(item.size * 8, u) : u);
      }
    }
  });
}

/** IEEE 754 half precision, rounded to nearest even; too large raises OverflowError as CPython's 'e' does. */
function halfBits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00;
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (e < -14) {
    const m = roundEven(a / 2 ** -24);
    return sign | m; // subnormal (m may round up to the smallest normal, 0x400)
  }
  let m = roundEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) throw newExc(E.OverflowError!, ['float too large to pack with e format']);
  return sign | ((e + 15) << 10) | m;
}

function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
}

function halfValue(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function buffer(v: Value): Uint8Array {
  const data = bytesLike(v);
  if (data === undefined) throw typeErr(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return data;
}

export function makeStruct(_interp: Interpreter): PyModule {
  const m = new PyModule('_struct');
  const def = (name: string, f: import('../objects/function.js').NativeFn): void => m.ns.setStr(name, fn(name, f, '_struct'));
  m.ns.setStr('error', structError());
  def('calcsize', (_th, a) => layout(formatOf(one('calcsize', a))).size);
  def('pack', (th, a) => {
    if (a.length === 0) throw typeErr('pack expected at least 1 argument, got 0');
    const format = formatOf(a[0]!);
    const lay = layout(format);
    const out = new Uint8Array(lay.size);
    return runOrCoro(
      (function* () {
        yield* packCo(th, lay, format, a.slice(1), out, 0);
        return new PyBytes(out);
      })(),
    );
  });
  def('pack_into', (th, a) => {
    if (a.length < 2) throw typeErr(`pack_into expected at least 2 arguments, got ${a.length}`);
    const format = formatOf(a[0]!);
    const lay = layout(format);
    const target = a[1]!;
    if (!(target instanceof PyByteArray)) throw typeErr(`argument must be read-write bytes-like object, not ${typeOf(target).name}`);
    let at = Number(intValue(a[2] ?? 0) ?? fail('required argument is not an integer'));
    if (at < 0) at += target.data.length;
    if (at < 0 || target.data.length - at < lay.size) {
      fail(`pack_into requires a buffer of at least ${lay.size + Math.max(at, 0)} bytes for packing ${lay.size} bytes at offset ${at} (actual buffer size is ${target.data.length})`);
    }
    return runOrCoro(packCo(th, lay, format, a.slice(3), target.data, at));
  });
  def('unpack', (_th, a) => {
    if (a.length !== 2) throw typeErr(`unpack expected 2 arguments, got ${a.length}`);
    const lay = layout(formatOf(a[0]!));
    const data = buffer(a[1]!);
    if (data.length !== lay.size) fail(`unpack requires a buffer of ${lay.size} bytes`);
    return new PyTuple(unpackFrom(lay, data, 0));
  });
  def('unpack_from', (_th, a, kw) => {
    const [f, buf, off] = params('unpack_from', a, kw, ['format', 'buffer', 'offset'], 0, 2);
    const lay = layout(formatOf(f!));
    const data = buffer(buf!);
    let at = Number(intValue(off ?? 0) ?? fail('required argument is not an integer'));
    if (at < 0) at += data.length;
    if (at < 0 || data.length - at < lay.size) {
      if (at < 0) fail(`offset ${at - data.length} out of range for ${data.length}-byte buffer`);
      fail(`unpack_from requires a buffer of at least ${lay.size + at} bytes for unpacking ${lay.size} bytes at offset ${at} (actual buffer size is ${data.length})`);
    }
    return new PyTuple(unpackFrom(lay, data, at));
  });
  def('iter_unpack', (_th, a) => {
    if (a.length !== 2) throw typeErr(`iter_unpack expected 2 arguments, got ${a.length}`);
    const lay = layout(formatOf(a[0]!));
    const data = buffer(a[1]!);
    if (lay.size === 0) fail('cannot iteratively unpack with a struct of length 0');
    if (data.length % lay.size !== 0) fail(`iterative unpacking requires a buffer of a multiple of ${lay.size} bytes`);
    const out: Value[] = [];
    for (let at = 0; at < data.length; at += lay.size) out.push(new PyTuple(unpackFrom(lay, data, at)));
    return new PyList(out);
  });
  return m;
}
