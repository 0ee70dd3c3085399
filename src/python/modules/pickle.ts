/**
 * The `pickle` module on top of pickle.ts: dumps/loads to bytes (our format, UTF-8
 * JSON — it round-trips, it is not CPython's byte stream), dump/load on binary
 * files, and the exception classes.
 */
import { Coro, type Gen } from '../objects/coro.js';
import { PyBytes } from '../objects/bytes.js';
import { typeErr } from '../objects/exceptions.js';
import { fn, params } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { typeOf } from '../objects/types.js';
import type { Value } from '../objects/object.js';
import { getAttrCo } from '../runtime/attr.js';
import { callCo } from '../runtime/dunder.js';
import { decode, encode } from '../runtime/codecs.js';
import { dumpsCo, loadsCo } from './pickler.js';
import type { Thread } from '../objects/thread.js';
import type { Interpreter } from '../objects/interpreter.js';
import { PickleErrors } from './pickle-errors.js';

function* bytesOf(th: Thread, obj: Value): Gen<PyBytes> {
  const p = yield* dumpsCo(th, obj);
  return new PyBytes(encode(p.data, 'utf-8', 'strict'));
}

function* loadsBytes(th: Thread, data: Value): Gen {
  if (!(data instanceof PyBytes)) throw typeErr(`a bytes-like object is required, not '${typeOf(data).name}'`);
  return yield* loadsCo(th, decode(data.data, 'utf-8', 'surrogateescape'));
}

export function makePickle(_interp: Interpreter): PyModule {
  const m = new PyModule('pickle');
  const ns = m.ns;
  ns.setStr('dumps', fn('dumps', (th, a, kw) => {
    const [obj] = params('dumps', a, kw, ['obj', 'protocol', 'fix_imports', 'buffer_callback'], 0, 1);
    return new Coro(bytesOf(th, obj!));
  }, '_pickle'));
  ns.setStr('loads', fn('loads', (th, a, kw) => {
    const [data] = params('loads', a, kw, ['data', 'fix_imports', 'encoding', 'errors', 'buffers'], 0, 1);
    return new Coro(loadsBytes(th, data!));
  }, '_pickle'));
  ns.setStr('dump', fn('dump', (th, a, kw) => {
    const [obj, file] = params('dump', a, kw, ['obj', 'file', 'protocol', 'fix_imports', 'buffer_callback'], 0, 2);
    return new Coro(
      (function* () {
        const b = yield* bytesOf(th, obj!);
        yield* callCo(th, yield* getAttrCo(th, file!, 'write'), [b]);
        return null;
      })(),
    );
  }, '_pickle'));
  ns.setStr('load', fn('load', (th, a, kw) => {
    const [file] = params('load', a, kw, ['file', 'fix_imports', 'encoding', 'errors', 'buffers'], 0, 1);
    return new Coro(
      (function* () {
        const data = yield* callCo(th, yield* getAttrCo(th, file!, 'read'), []);
        return yield* loadsBytes(th, data);
      })(),
    );
  }, '_pickle'));
  for (const [name, cls] of Object.entries(PickleErrors)) ns.setStr(name, cls);
  ns.setStr('HIGHEST_PROTOCOL', 5);
  ns.setStr('DEFAULT_PROTOCOL', 4);
  return m;
}
