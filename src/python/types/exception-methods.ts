/**
 * The exception classes' behaviour: args, str and repr (KeyError, OSError,
 * StopIteration and SystemExit have their own), chaining attributes.
 */
import { type Gen } from '../objects/coro.js';
import { E, ERRNO, PyBaseException, typeErr } from '../objects/exceptions.js';
import { getsets, methods, statics } from '../objects/native.js';
import { PyClass, type Value } from '../objects/object.js';
import { PyTuple, emptyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { runOrCoro } from '../runtime/dunder.js';
import { itemRepr, reprCo, strCo } from '../runtime/repr.js';
import { PyList } from '../objects/tuple.js';
import { PyTraceback, tracebackOf } from './traceback.js';

const ex = (v: Value): PyBaseException => {
  if (!(v instanceof PyBaseException)) throw typeErr(`descriptor requires a 'BaseException' object but received a '${typeOf(v).name}'`);
  return v;
};

statics(E.BaseException!, {
  __new__: (_th, args) => {
    const cls = args[0] as PyClass;
    const e = cls.alloc(cls) as PyBaseException;
    e.args = args.length > 1 ? new PyTuple(args.slice(1)) : emptyTuple();
    return e;
  },
});

function* baseStr(th: Thread, e: PyBaseException): Gen<string> {
  const a = e.args.items;
  if (a.length === 0) return '';
  if (a.length === 1) return yield* strCo(th, a[0]!);
  return yield* reprCo(th, e.args);
}

methods(E.BaseException!, {
  __init__: (_th, a, kw) => {
    const e = ex(a[0]!);
    if (kw !== null && kw.size > 0) throw typeErr(`${e.cls.name}() takes no keyword arguments`);
    e.args = a.length > 1 ? new PyTuple(a.slice(1)) : emptyTuple();
    return null;
  },
  __str__: (th, a) => runOrCoro(baseStr(th, ex(a[0]!))),
  __repr__: (th, a) =>
    runOrCoro(
      (function* () {
        const e = ex(a[0]!);
        const parts: string[] = [];
        for (const x of e.args.items) parts.push(yield* itemRepr(th, x));
        return `${e.cls.name}(${parts.join(', ')})`;
      })(),
    ),
  with_traceback: (_th, a) => {
    setTraceback(ex(a[0]!), a[1] ?? null);
    return a[0]!;
  },
  add_note: (_th, a) => {
    const e = ex(a[0]!);
    if (typeof a[1] !== 'string') throw typeErr(`note must be a str, not '${typeOf(a[1]!).name}'`);
    let notes = e.dict!.getStr('__notes__');
    if (!(notes instanceof PyList)) {
      notes = new PyList([]);
      e.dict!.setStr('__notes__', notes);
    }
    (notes as PyList).items.push(a[1]);
    return null;
  },
  __reduce__: (_th, a) => new PyTuple([ex(a[0]!).cls, ex(a[0]!).args]),
});

/** `e.__traceback__ = tb`: the entries from tb inwards (contextlib puts back the traceback a generator's throw() grew). */
function setTraceback(e: PyBaseException, v: Value): void {
  if (v === null) e.tb = [];
  else if (v instanceof PyTraceback) e.tb = v.entries.slice(0, v.entries.length - v.at);
  else throw typeErr('__traceback__ must be a traceback or None');
}

getsets(E.BaseException!, {
  args: [(_th, e) => ex(e).args, (_th, e, v) => void (ex(e).args = v instanceof PyTuple ? v : new PyTuple([v ?? null]))],
  __traceback__: [(_th, e) => tracebackOf(ex(e)), (_th, e, v) => setTraceback(ex(e), v ?? null)],
  __cause__: [(_th, e) => ex(e).cause, (_th, e, v) => {
    ex(e).cause = (v as PyBaseException) ?? null;
    ex(e).suppressContext = true;
  }],
  __context__: [(_th, e) => ex(e).context, (_th, e, v) => void (ex(e).context = (v as PyBaseException) ?? null)],
  __suppress_context__: [(_th, e) => ex(e).suppressContext, (_th, e, v) => void (ex(e).suppressContext = v === true)],
});

methods(E.KeyError!, {
  __str__: (th, a) => {
    const e = ex(a[0]!);
    if (e.args.items.length === 1) return runOrCoro(reprCo(th, e.args.items[0]!));
    return runOrCoro(baseStr(th, e));
  },
});

methods(E.OSError!, {
  __init__: (_th, a) => {
    const e = ex(a[0]!);
    const args = a.slice(1);
    e.args = args.length > 0 ? new PyTuple(args.slice(0, args.length >= 2 && args.length <= 5 ? 2 : args.length)) : emptyTuple();
    if (args.length >= 2 && args.length <= 5) {
      e.dict!.setStr('errno', args[0]!);
      e.dict!.setStr('strerror', args[1]!);
      e.dict!.setStr('filename', args[2] ?? null);
      e.dict!.setStr('filename2', args[4] ?? null);
    } else {
      e.dict!.setStr('errno', null);
      e.dict!.setStr('strerror', null);
      e.dict!.setStr('filename', null);
      e.dict!.setStr('filename2', null);
    }
    return null;
  },
  __str__: (th, a) =>
    runOrCoro(
      (function* () {
        const e = ex(a[0]!);
        const errno = e.dict!.getStr('errno');
        const strerror = e.dict!.getStr('strerror');
        const filename = e.dict!.getStr('filename');
        const filename2 = e.dict!.getStr('filename2');
        if (filename !== undefined && filename !== null && filename2 !== undefined && filename2 !== null) {
          return `[Errno ${yield* strCo(th, errno ?? null)}] ${yield* strCo(th, strerror ?? null)}: ${yield* reprCo(th, filename)} -> ${yield* reprCo(th, filename2)}`;
        }
        if (filename !== undefined && filename !== null) return `[Errno ${yield* strCo(th, errno ?? null)}] ${yield* strCo(th, strerror ?? null)}: ${yield* reprCo(th, filename)}`;
        if (errno !== undefined && errno !== null && strerror !== undefined && strerror !== null) return `[Errno ${yield* strCo(th, errno)}] ${yield* strCo(th, strerror)}`;
        return yield* baseStr(th, e);
      })(),
    ),
});
getsets(E.OSError!, {
  errno: [(_th, e) => ex(e).dict!.getStr('errno') ?? null, (_th, e, v) => ex(e).dict!.setStr('errno', v ?? null)],
  strerror: [(_th, e) => ex(e).dict!.getStr('strerror') ?? null, (_th, e, v) => ex(e).dict!.setStr('strerror', v ?? null)],
  filename: [(_th, e) => ex(e).dict!.getStr('filename') ?? null, (_th, e, v) => ex(e).dict!.setStr('filename', v ?? null)],
  filename2: [(_th, e) => ex(e).dict!.getStr('filename2') ?? null, (_th, e, v) => ex(e).dict!.setStr('filename2', v ?? null)],
});
// OSError(errno, ...) picks the subclass for the errno, as CPython does.
statics(E.OSError!, {
  __new__: (_th, args) => {
    let cls = args[0] as PyClass;
    if (cls === E.OSError && typeof args[1] === 'number' && args.length >= 3) {
      for (const [name, [no]] of Object.entries(ERRNO)) if (no === args[1]) cls = E[name]!;
    }
    const e = cls.alloc(cls) as PyBaseException;
    e.args = args.length > 1 ? new PyTuple(args.slice(1)) : emptyTuple();
    return e;
  },
});

getsets(E.StopIteration!, {
  value: [(_th, e) => ex(e).dict!.getStr('value') ?? ex(e).args.items[0] ?? null, (_th, e, v) => ex(e).dict!.setStr('value', v ?? null)],
});

getsets(E.SystemExit!, {
  code: (_th, e) => {
    const a = ex(e).args.items;
    return a.length === 0 ? null : a.length === 1 ? a[0]! : new PyTuple(a);
  },
});

methods(E.ImportError!, {
  __init__: (_th, a, kw) => {
    const e = ex(a[0]!);
    e.args = a.length > 1 ? new PyTuple(a.slice(1)) : emptyTuple();
    e.dict!.setStr('msg', a[1] ?? null);
    e.dict!.setStr('name', kw?.get('name') ?? null);
    e.dict!.setStr('path', kw?.get('path') ?? null);
    return null;
  },
});

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)), printed as "msg (file, line N)".
const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
methods(E.SyntaxError!, {
  __init__: (_th, a) => {
    const e = ex(a[0]!);
    e.args = a.length > 1 ? new PyTuple(a.slice(1)) : emptyTuple();
    e.dict!.setStr('msg', a[1] ?? null);
    const info = a.length === 3 && a[2] instanceof PyTuple ? a[2].items : [];
    SYNTAX_FIELDS.forEach((n, i) => e.dict!.setStr(n, info[i] ?? null));
    e.dict!.setStr('print_file_and_line', null);
    return null;
  },
  __str__: (th, a) =>
    runOrCoro(
      (function* () {
        const e = ex(a[0]!);
        const msg = e.dict!.getStr('msg');
        if (msg === undefined) return yield* baseStr(th, e);
        const text = yield* strCo(th, msg);
        const file = e.dict!.getStr('filename');
        const line = e.dict!.getStr('lineno');
        const base = typeof file === 'string' ? file.slice(file.lastIndexOf('/') + 1) : null;
        if (base !== null && typeof line === 'number') return `${text} (${base}, line ${line})`;
        if (base !== null) return `${text} (${base})`;
        if (typeof line === 'number') return `${text} (line ${line})`;
        return text;
      })(),
    ),
});

for (const name of ['NameError', 'AttributeError']) {
  getsets(E[name]!, {
    name: [(_th, e) => ex(e).dict!.getStr('name') ?? null, (_th, e, v) => ex(e).dict!.setStr('name', v ?? null)],
  });
}

export { T };
