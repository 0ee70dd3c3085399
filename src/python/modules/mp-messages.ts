/**
 * Messages of queues and pipes: a pickled object, or raw bytes (send_bytes), in one
 * string, with a short description for the kernel's views (no Python code runs for it).
 */
import type { Gen } from '../objects/coro.js';
import type { PyObject, Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import type { Thread } from '../objects/thread.js';
import { decode } from '../runtime/codecs.js';
import { quickRepr } from '../runtime/repr.js';
import { dumpsCo, dumpsPrimitive, fromLatin1, loadsCo } from './pickler.js';
import { pickleCost } from '../../kernel/params.js';

/** The first character of a message: a pickled object, or raw bytes. */
export const OBJ = 'o';
export const RAW = 'b';

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** A short description of a value for the kernel's views of queues and pipes (no Python code runs for it). */
export function shortRepr(v: Value): string {
  const quick = quickRepr(v);
  if (quick !== undefined) return clip(quick);
  const o = v as PyObject;
  if (o instanceof PyTuple || o instanceof PyList) return `<${o.cls.name} of ${o.items.length}>`;
  return `<${o.cls.name} object>`;
}

export interface Message {
  data: string;
  repr: string;
  handles: number[] | undefined;
}

/**
 * A message carrying one pickled object (a primitive needs no pickler here, but CPython's
 * pickling costs it all the same). Pickling is CPU time of the sending thread before its
 * message goes out (params.ts `pickle`), paid as debt since no instruction models it.
 */
export function* encodeObj(th: Thread, v: Value, spawning = false): Gen<Message> {
  const prim = dumpsPrimitive(v);
  let msg: Message;
  if (prim !== undefined) msg = { data: OBJ + prim, repr: shortRepr(v), handles: undefined };
  else {
    const p = yield* dumpsCo(th, v, spawning);
    msg = { data: OBJ + p.data, repr: shortRepr(v), handles: p.handles.length > 0 ? p.handles : undefined };
  }
  th.debt += pickleCost(th.interp.params, msg.data.length);
  return msg;
}

/** The value a message carries; unpickling it is CPU time of the receiving thread (params.ts `pickle`). */
export function* decodeObj(th: Thread, data: string): Gen<Value> {
  th.debt += pickleCost(th.interp.params, data.length);
  if (data[0] === RAW) {
    // Bytes sent with send_bytes() and read with recv(): unpickled, as CPython does (pickle.dumps() makes UTF-8 JSON).
    return yield* loadsCo(th, decode(fromLatin1(data.slice(1)), 'utf-8', 'surrogateescape'));
  }
  const c = data.charCodeAt(1);
  // A primitive (a number, a string, true/false/null) decodes without an unpickler.
  if (c !== 91 /* [ */) return JSON.parse(data.slice(1)) as Value;
  return yield* loadsCo(th, data.slice(1));
}
