/**
 * Iterator objects as Python sees them: generators (next/send/throw/close), the
 * builtin iterators' `__next__`, and the enumerate/zip/map/filter/reversed
 * constructors.
 */
import { type Gen, type Resumed } from '../objects/coro.js';
import { E, PyBaseException, exc, newExc, stopIteration, typeErr } from '../objects/exceptions.js';
import { EnumerateIter, FilterIter, MapIter, SeqIter, ZipIter, RangeIter } from '../objects/iterators.js';
import { getsets, kwargs, methods, statics, unpack } from '../objects/native.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { PyRange } from '../objects/range.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { PyDict } from '../objects/dict.js';
import { PyGenerator } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { DONE, getIterCo, iterNext, rangeIter } from '../runtime/iter.js';
import { Coro } from '../objects/coro.js';
import { addr } from '../runtime/repr.js';
import { callFnCo, runOrCoro } from '../runtime/dunder.js';
import { rangeAt, rangeLen } from '../runtime/rangeops.js';
import * as N from '../lib/numbers.js';
import { lenResult } from '../runtime/truth.js';

/** Resumes a generator from a native and returns what it yields; StopIteration when it returns. */
export function* resume(th: Thread, g: PyGenerator, value: Value, e: PyBaseException | null): Gen {
  if (g.finished) {
    if (e !== null) throw e;
    throw stopIteration();
  }
  const r = (yield { k: 'resume', gen: g, value, exc: e }) as Resumed;
  if (r.done) throw stopIteration(r.value);
  void th;
  return r.value;
}

const gen = (v: Value): PyGenerator => {
  if (!(v instanceof PyGenerator)) throw typeErr(`descriptor requires a 'generator' object but received a '${typeOf(v).name}'`);
  return v;
};

function* throwInto(th: Thread, g: PyGenerator, t: Value, v: Value | undefined): Gen {
  let e: Value = t;
  if (t instanceof PyClass && t.isSubclassOf(E.BaseException!)) {
    e = v instanceof PyBaseException ? v : (yield* callFnCo(th, t, v === undefined || v === null ? [] : [v])) as Value;
  }
  if (!(e instanceof PyBaseException)) throw typeErr('exceptions must be classes or instances deriving from BaseException, not ' + typeOf(t).name);
  if (!g.started) {
    g.finished = true;
    throw e;
  }
  return yield* resume(th, g, null, e);
}

function* close(th: Thread, g: PyGenerator): Gen {
  if (!g.started || g.finished) {
    g.finished = true;
    return null;
  }
  try {
    yield* resume(th, g, null, newExc(E.GeneratorExit!, []));
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubclassOf(E.GeneratorExit!) || e.cls.isSubclassOf(E.StopIteration!))) return null;
    throw e;
  }
  throw exc(E.RuntimeError!, 'generator ignored GeneratorExit');
}

methods(T.generator, {
  __iter__: (_th, a) => gen(a[0]!),
  __next__: (th, a) => new Coro(resume(th, gen(a[0]!), null, null)),
  send: (th, a) => new Coro(resume(th, gen(a[0]!), a[1] ?? null, null)),
  throw: (th, a) => new Coro(throwInto(th, gen(a[0]!), a[1]!, a[2])),
  close: (th, a) => new Coro(close(th, gen(a[0]!))),
  __repr__: (_th, a) => `<generator object ${gen(a[0]!).qualname} at ${addr(a[0]!)}>`,
});
getsets(T.generator, {
  __name__: (_th, g) => (g as PyGenerator).name,
  __qualname__: (_th, g) => (g as PyGenerator).qualname,
  gi_running: (_th, g) => (g as PyGenerator).running,
  gi_frame: (_th, g) => ((g as PyGenerator).finished ? null : (g as PyGenerator).frame.code),
  gi_code: (_th, g) => (g as PyGenerator).frame.code,
});

/** __next__ of the builtin iterators: StopIteration at the end. */
function nextOrStop(th: Thread, it: Value): Value | Coro {
  const r = iterNext(th, it);
  if (r === DONE) throw stopIteration();
  if (r instanceof Coro) {
    return new Coro(
      (function* () {
        const v = yield* r.gen;
        if (v === DONE) throw stopIteration();
        return v;
      })(),
    );
  }
  return r;
}

for (const name of ['list_iterator', 'list_reverseiterator', 'tuple_iterator', 'bytes_iterator', 'str_iterator', 'str_ascii_iterator', 'range_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'deque_iterator', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'callable_iterator', 'iterator']) {
  methods(T[name]!, {
    __iter__: (_th, a) => a[0]!,
    __next__: (th, a) => nextOrStop(th, a[0]!),
  });
}

statics(T.enumerate, {
  __new__: (th, args, kw) => {
    const k = kwargs('enumerate', kw, ['iterable', 'start']);
    const iterable = args.length > 1 ? args[1] : k.iterable;
    const start = args[2] ?? k.start ?? 0;
    if (iterable === undefined) throw typeErr("enumerate() missing required argument 'iterable' (pos 1)");
    if (typeof start !== 'number' && typeof start !== 'bigint') throw typeErr(`'${typeOf(start).name}' object cannot be interpreted as an integer`);
    return runOrCoro((function* () { return new EnumerateIter(yield* getIterCo(th, iterable), start); })());
  },
});

statics(T.zip, {
  __new__: (th, args, kw) => {
    const k = kwargs('zip', kw, ['strict']);
    const strict = k.strict === true;
    return runOrCoro(
      (function* () {
        const its: Value[] = [];
        for (const a of args.slice(1)) its.push(yield* getIterCo(th, a));
        return new ZipIter(its, strict);
      })(),
    );
  },
});

statics(T.map, {
  __new__: (th, args) => {
    if (args.length < 3) throw typeErr('map() must have at least two arguments.');
    return runOrCoro(
      (function* () {
        const its: Value[] = [];
        for (const a of args.slice(2)) its.push(yield* getIterCo(th, a));
        return new MapIter(args[1]!, its);
      })(),
    );
  },
});

statics(T.filter, {
  __new__: (th, args) => {
    unpack('filter', args, 2, 2, 1);
    return runOrCoro((function* () { return new FilterIter(args[1]!, yield* getIterCo(th, args[2]!)); })());
  },
});

statics(T.reversed, {
  __new__: (th, args) => {
    unpack('reversed', args, 1, 1, 1);
    const seq = args[1]!;
    if (seq instanceof PyList && seq.cls.lookup('__reversed__') === T.list.ns.getStr('__reversed__')) return new SeqIter(seq, seq.items.length - 1, true, 'list_reverseiterator');
    if (seq instanceof PyTuple && seq.cls.builtin) return new SeqIter(seq, seq.items.length - 1, true, 'reversed');
    if (seq instanceof PyRange) {
      const n = rangeLen(seq);
      if (n === 0) return new RangeIter(0, 1, 0);
      return new RangeIter(rangeAt(seq, N.intSub(n, 1)), N.intNeg(seq.step), n);
    }
    if (typeof seq === 'string') return new SeqIter(new PyTuple(Array.from(seq)), Array.from(seq).length - 1, true, 'reversed');
    if (seq instanceof PyDict) return new SeqIter(new PyTuple(seq.keys()), seq.size - 1, true, 'dict_reversekeyiterator' in T ? 'dict_reversekeyiterator' : 'reversed');
    const t = typeOf(seq);
    const rev = t.lookup('__reversed__');
    if (rev !== undefined && rev !== null) return runOrCoro(callFnCo(th, rev, [seq]));
    const len = t.lookup('__len__');
    const getitem = t.lookup('__getitem__');
    if (len === undefined || getitem === undefined || seq instanceof PyDict) throw typeErr(`'${t.name}' object is not reversible`);
    return runOrCoro(
      (function* () {
        const n = lenResult(yield* callFnCo(th, len, [seq]));
        const items: Value[] = [];
        for (let i = 0; i < n; i++) items.push(yield* callFnCo(th, getitem, [seq, i]));
        return new SeqIter(new PyTuple(items), n - 1, true, 'reversed');
      })(),
    );
  },
});

export { rangeIter, PyObject };
