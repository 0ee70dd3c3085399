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
 * integer arrays (instructions, spans, stack depths) are the bytes of the typed array,
 * little-endian, in base64: decoded natively, where a JSON array of numbers is parsed
 * number by number and copied again into the typed array.
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

/** A typed array's bytes, little-endian, in base64. */
function packInts(a: Int32Array | Int16Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength).slice();
  if (!LITTLE_ENDIAN) swapBytes(bytes, a.BYTES_PER_ELEMENT);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The typed array whose bytes packInts wrote (in a buffer of its own: aligned, and not Buffer's shared pool). */
function unpackInts<A extends Int32Array | Int16Array>(text: string, Type: { new (n: number): A; BYTES_PER_ELEMENT: number }): A {
  const bytes = Buffer.from(text, 'base64');
  const out = new Type(bytes.length / Type.BYTES_PER_ELEMENT);
  const view = new Uint8Array(out.buffer);
  view.set(bytes);
  if (!LITTLE_ENDIAN) swapBytes(view, Type.BYTES_PER_ELEMENT);
  return out;
}

function swapBytes(bytes: Uint8Array, size: number): void {
  for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
}

const num = (n: number): Json => (Number.isFinite(n) && !Object.is(n, -0) ? n : String(n === 0 ? '-0' : n));
const unnum = (j: Json): number => (typeof j === 'number' ? j : j === '-0' ? -0 : Number(j));
const pyint = (h: number | bigint): Json => (typeof h === 'bigint' ? { i: h.toString() } : h);
const unpyint = (j: Json): number | bigint => (typeof j === 'number' ? j : BigInt((j as { i: string }).i));

function dumpValue(v: Value): Json {
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
      if (v instanceof PyTuple && v.cls === T.tuple) return { t: v.items.map(dumpValue) };
      if (v instanceof PyBytes && v.cls === T.bytes) return { b: Buffer.from(v.data).toString('base64') };
      if (v instanceof PyComplex) return { c: [num(v.re), num(v.im)] };
      if (v instanceof Code) return { code: dumpCode(v) };
      if (v === Ellipsis) return { e: 1 };
      if (v instanceof PySet && v.cls === T.frozenset) {
        const slots: Json[] = [];
        for (let i = 0; i <= v.mask; i++) {
          const k = v.keys[i];
          if (k === DUMMY) throw new Error('marshal: a constant frozenset with a deleted slot');
          if (k !== undefined) slots.push([i, dumpValue(k as Value), pyint(v.hashes[i]!)]);
        }
        return { s: { mask: v.mask, fill: v.fill, used: v.used, finger: v.finger, slots } };
      }
      throw new Error(`marshal: a constant of type ${v.cls.name}`);
  }
}

function loadValue(j: Json): Value {
  if (j === null || typeof j !== 'object') return j;
  if (Array.isArray(j)) throw new Error('marshal: a bare array');
  if ('n' in j) return unnum(j.n!);
  if ('i' in j) return BigInt(j.i as string);
  if ('f' in j) return new PyFloat(T.float, unnum(j.f!));
  if ('t' in j) return new PyTuple((j.t as Json[]).map(loadValue));
  if ('b' in j) return new PyBytes(new Uint8Array(Buffer.from(j.b as string, 'base64')));
  if ('c' in j) return new PyComplex(unnum((j.c as Json[])[0]!), unnum((j.c as Json[])[1]!));
  if ('code' in j) return loadCode(j.code as { [k: string]: Json });
  if ('e' in j) return Ellipsis;
  if ('s' in j) {
    const d = j.s as { mask: number; fill: number; used: number; finger: number; slots: [number, Json, Json][] };
    const s = new PySet(T.frozenset);
    s.keys = new Array(d.mask + 1).fill(undefined);
    s.hashes = new Array(d.mask + 1).fill(0);
    for (const [i, k, h] of d.slots) {
      s.keys[i] = loadValue(k);
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

function dumpCode(c: Code): { [k: string]: Json } {
  return {
    name: c.name,
    qualname: c.qualname,
    filename: c.filename,
    firstLine: c.firstLine,
    ops: packInts(c.ops),
    spans: packInts(c.spans),
    consts: c.consts.map(dumpValue),
    names: c.names,
    varnames: c.varnames,
    cellvars: c.cellvars,
    freevars: c.freevars,
    cellParams: packInts(c.cellParams),
    argcount: c.argcount,
    posonlyCount: c.posonlyCount,
    kwonlyCount: c.kwonlyCount,
    flags: c.flags,
    stacksize: c.stacksize,
    doc: dumpValue(c.doc),
    depths: packInts(c.depths),
  };
}

/**
 * Each instruction's line: the first of its four span numbers. A function of its own
 * because its loop is what makes loading hot: V8 then optimises this small function,
 * where with the loop in loadCode it optimised all of loadCode, with the constructors it
 * calls (~40 ms of compiling, a tenth of a short program's start).
 */
function linesOf(spans: Int32Array, n: number): Int32Array {
  const lines = new Int32Array(n);
  for (let i = 0; i < n; i++) lines[i] = spans[i * 4]!;
  return lines;
}

function loadCode(j: { [k: string]: Json }): Code {
  const spans = unpackInts(j.spans as string, Int32Array);
  const ops = unpackInts(j.ops as string, Int32Array);
  const lines = linesOf(spans, ops.length);
  return new Code(
    j.name as string,
    j.qualname as string,
    j.filename as string,
    j.firstLine as number,
    ops,
    lines,
    spans,
    genericCopy((j.consts as Json[]).map(loadValue)),
    j.names as string[],
    j.varnames as string[],
    j.cellvars as string[],
    j.freevars as string[],
    unpackInts(j.cellParams as string, Int32Array),
    j.argcount as number,
    j.posonlyCount as number,
    j.kwonlyCount as number,
    j.flags as number,
    j.stacksize as number,
    loadValue(j.doc!),
    unpackInts(j.depths as string, Int16Array),
  );
}

/** A module's code object as text, with the source it was compiled from. */
export function marshalCode(source: string, code: Code): string {
  return JSON.stringify({ source, code: dumpCode(code) });
}

/** The code object in `text`, or null when it was compiled from other source than `source`. */
export function unmarshalCode(source: string, text: string): Code | null {
  const file = JSON.parse(text) as { source?: string; code: { [k: string]: Json } };
  return file.source === source ? loadCode(file.code) : null;
}
