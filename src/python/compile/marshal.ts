/**
 * Code objects as text (CPython's marshal, for the same purpose): the build compiles
 * forkscope's Python stdlib once and writes each module's code object next to its
 * source (`<file>.code.json`), so that importing it does not parse and compile it
 * again at every start. Loading must give back exactly what compilePython gives —
 * every instruction, span, constant and stack depth — or runs (whose virtual time
 * counts instructions) would differ; test/python/unit/marshal.test.ts compares the
 * two for the whole stdlib. The file holds the source it was compiled from, and is
 * used only when that is the source beside it (a stale build is never used): a string
 * comparison, where hashing the source in JS cost a start more than reading it twice.
 *
 * Constants are JSON primitives where JSON can hold them, else tagged objects:
 * floats, big and non-finite numbers, bytes, complex, tuples, frozensets (slot for
 * slot: their table order is what iteration shows), Ellipsis and nested code. The
 * integer arrays of every code object in the file (instructions, lines, spans, cell
 * parameters, stack depths) are one run of bytes, little-endian, in base64: decoded
 * natively, once per file, into one buffer of which each array is a view (a JSON array
 * of numbers is parsed number by number; a base64 text per array cost a Buffer and a
 * backing store each, ~4,000 for `import multiprocessing`, and enough calls to make V8
 * optimise node's encoding lookup at every start).
 */
import { Ellipsis } from '../objects/boot.js';
import { PyBytes } from '../objects/bytes.js';
import { Code } from '../objects/code.js';
import { PyComplex } from '../objects/complex.js';
import { PyFloat, type Value } from '../objects/object.js';
import { DUMMY, PySet } from '../objects/set.js';
import { genericCopy } from '../objects/slots.js';
import { PyTuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Whether this machine stores integers little-endian (the files' byte order). */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The integer arrays of a file's code objects, laid out one after another (each at a multiple of 4 bytes). */
class IntsWriter {
  private readonly parts: Uint8Array[] = [];
  private bytes = 0;

  /** Appends `a`; returns its offset in bytes. */
  add(a: Int32Array | Int16Array): number {
    const at = this.bytes;
    const part = new Uint8Array(a.buffer, a.byteOffset, a.byteLength).slice();
    if (!LITTLE_ENDIAN) swapBytes(part, a.BYTES_PER_ELEMENT);
    this.parts.push(part);
    this.bytes += part.length;
    const pad = (4 - (this.bytes % 4)) % 4;
    if (pad > 0) {
      this.parts.push(new Uint8Array(pad));
      this.bytes += pad;
    }
    return at;
  }

  base64(): string {
    return Buffer.concat(this.parts).toString('base64');
  }
}

/** The buffer IntsWriter's text decodes to (one of its own: aligned, and not Buffer's shared pool). */
function readInts(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  const out = new ArrayBuffer(bytes.length);
  new Uint8Array(out).set(bytes);
  return out;
}

function swapBytes(bytes: Uint8Array, size: number): void {
  for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
}

const num = (n: number): Json => (Number.isFinite(n) && !Object.is(n, -0) ? n : String(n === 0 ? '-0' : n));
const unnum = (j: Json): number => (typeof j === 'number' ? j : j === '-0' ? -0 : Number(j));
const pyint = (h: number | bigint): Json => (typeof h === 'bigint' ? { i: h.toString() } : h);
const unpyint = (j: Json): number | bigint => (typeof j === 'number' ? j : BigInt((j as { i: string }).i));

function dumpValue(v: Value, w: IntsWriter): Json {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0) ? v : { n: num(v) };
    case 'bigint':
      return { i: v.toString() };
    default:
      if (v === null) return null;
      if (v instanceof PyFloat) return { f: num(v.v) };
      if (v instanceof PyTuple && v.cls === T.tuple) return { t: v.items.map((x) => dumpValue(x, w)) };
      if (v instanceof PyBytes && v.cls === T.bytes) return { b: Buffer.from(v.data).toString('base64') };
      if (v instanceof PyComplex) return { c: [num(v.re), num(v.im)] };
      if (v instanceof Code) return { code: dumpCode(v, w) };
      if (v === Ellipsis) return { e: 1 };
      if (v instanceof PySet && v.cls === T.frozenset) {
        const slots: Json[] = [];
        for (let i = 0; i <= v.mask; i++) {
          const k = v.keys[i];
          if (k === DUMMY) throw new Error('marshal: a constant frozenset with a deleted slot');
          if (k !== undefined) slots.push([i, dumpValue(k as Value, w), pyint(v.hashes[i]!)]);
        }
        return { s: { mask: v.mask, fill: v.fill, used: v.used, finger: v.finger, slots } };
      }
      throw new Error(`marshal: a constant of type ${v.cls.name}`);
  }
}

function loadValue(j: Json, buf: ArrayBuffer): Value {
  if (j === null || typeof j !== 'object') return j;
  if (Array.isArray(j)) throw new Error('marshal: a bare array');
  if ('n' in j) return unnum(j.n!);
  if ('i' in j) return BigInt(j.i as string);
  if ('f' in j) return new PyFloat(T.float, unnum(j.f!));
  if ('t' in j) return new PyTuple((j.t as Json[]).map((x) => loadValue(x, buf)));
  if ('b' in j) return new PyBytes(new Uint8Array(Buffer.from(j.b as string, 'base64')));
  if ('c' in j) return new PyComplex(unnum((j.c as Json[])[0]!), unnum((j.c as Json[])[1]!));
  if ('code' in j) return loadCode(j.code as { [k: string]: Json }, buf);
  if ('e' in j) return Ellipsis;
  if ('s' in j) {
    const d = j.s as { mask: number; fill: number; used: number; finger: number; slots: [number, Json, Json][] };
    const s = new PySet(T.frozenset);
    s.keys = new Array(d.mask + 1).fill(undefined);
    s.hashes = new Array(d.mask + 1).fill(0);
    for (const [i, k, h] of d.slots) {
      s.keys[i] = loadValue(k, buf);
      s.hashes[i] = unpyint(h);
    }
    s.mask = d.mask;
    s.fill = d.fill;
    s.used = d.used;
    s.finger = d.finger;
    return s;
  }
  throw new Error(`marshal: an unknown constant tag ${Object.keys(j).join(',')}`);
}

function dumpCode(c: Code, w: IntsWriter): { [k: string]: Json } {
  // [byte offset, instructions, cell parameters, stack depths]: lines and spans (1 and 4 an instruction) follow the instructions.
  if (c.lines.length !== c.ops.length || c.spans.length !== 4 * c.ops.length) throw new Error(`marshal: ${c.qualname} has ${c.ops.length} instructions, ${c.lines.length} lines and ${c.spans.length / 4} spans`);
  const at = w.add(c.ops);
  w.add(c.lines);
  w.add(c.spans);
  w.add(c.cellParams);
  w.add(c.depths);
  return {
    name: c.name,
    qualname: c.qualname,
    filename: c.filename,
    firstLine: c.firstLine,
    ints: [at, c.ops.length, c.cellParams.length, c.depths.length],
    consts: c.consts.map((v) => dumpValue(v, w)),
    names: c.names,
    varnames: c.varnames,
    cellvars: c.cellvars,
    freevars: c.freevars,
    argcount: c.argcount,
    posonlyCount: c.posonlyCount,
    kwonlyCount: c.kwonlyCount,
    flags: c.flags,
    stacksize: c.stacksize,
    doc: dumpValue(c.doc, w),
  };
}

function loadCode(j: { [k: string]: Json }, buf: ArrayBuffer): Code {
  const [at, n, cells, depths] = j.ints as [number, number, number, number];
  // Int32 arrays need no padding: instructions at `at`, then lines, spans (4 an instruction), cell parameters, then the Int16 depths.
  const atDepths = at + 4 * (6 * n + cells);
  if (!LITTLE_ENDIAN) {
    swapBytes(new Uint8Array(buf, at, atDepths - at), 4);
    swapBytes(new Uint8Array(buf, atDepths, 2 * depths), 2);
  }
  const ops = new Int32Array(buf, at, n);
  const lines = new Int32Array(buf, at + 4 * n, n);
  const spans = new Int32Array(buf, at + 8 * n, 4 * n);
  const cellParams = new Int32Array(buf, at + 24 * n, cells);
  return new Code(
    j.name as string,
    j.qualname as string,
    j.filename as string,
    j.firstLine as number,
    ops,
    lines,
    spans,
    genericCopy((j.consts as Json[]).map((v) => loadValue(v, buf))),
    j.names as string[],
    j.varnames as string[],
    j.cellvars as string[],
    j.freevars as string[],
    cellParams,
    j.argcount as number,
    j.posonlyCount as number,
    j.kwonlyCount as number,
    j.flags as number,
    j.stacksize as number,
    loadValue(j.doc!, buf),
    new Int16Array(buf, atDepths, depths),
  );
}

/** A module's code object as text, with the source it was compiled from. */
export function marshalCode(source: string, code: Code): string {
  const w = new IntsWriter();
  const json = dumpCode(code, w);
  return JSON.stringify({ source, ints: w.base64(), code: json });
}

/** The code object in `text`, or null when it was compiled from other source than `source` (or written in an earlier format: a stale build). */
export function unmarshalCode(source: string, text: string): Code | null {
  const file = JSON.parse(text) as { source?: string; ints?: unknown; code: { [k: string]: Json } };
  return file.source === source && typeof file.ints === 'string' ? loadCode(file.code, readInts(file.ints)) : null;
}
