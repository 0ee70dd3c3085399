/**
 * The builtin functions that are not types and do not do I/O: len, isinstance,
 * getattr, sum, min, max, sorted, round, divmod, chr, ... with CPython's errors.
 */
import { localsOf } from '../runtime/locals.js';
import { NotImplemented } from '../objects/boot.js';
import { Coro, type Gen } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, PyBaseException, exc, newExc, stopIteration, typeErr, valueErr } from '../objects/exceptions.js';
import { PyBuiltin, PyFunction, PyMethod, PyStaticMethod, PyClassMethod } from '../objects/function.js';
import { isCallable } from '../runtime/callable.js';
import { fn, kwargs, one, params, unpack } from '../objects/native.js';
import { PyClass, PyFloat, PyObject, type Value } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyModule } from '../objects/module.js';
import { CallableIter } from '../objects/iterators.js';
import { T, isInstance, typeOf } from '../objects/types.js';
import { BinOp, Cmp } from '../runtime/operators.js';
import * as N from '../lib/numbers.js';
import { pyLen } from '../lib/codepoints.js';
import { floatDivmod } from '../lib/floatarith.js';
import { Frame, PyGenerator } from '../objects/frame.js';
import { resume } from '../types/iterator-methods.js';
import type { Thread } from '../objects/thread.js';
import { binaryOp, float, numBinary } from '../runtime/arith.js';
import { getAttr, getAttrOr, setAttr } from '../runtime/attr.js';
import { callCo, callFnCo, runOrCoro } from '../runtime/dunder.js';
import { hash } from '../runtime/hashing.js';
import { idOf } from '../objects/identity.js';
import { DONE, getIter, getIterCo, listOf, nextNative, nextOf, resumeOf, resumedItem } from '../runtime/iter.js';
import { orderNative, richCompare } from '../runtime/compare.js';
import { repr, reprCo } from '../runtime/repr.js';
import { asciiOf } from '../runtime/ascii.js';
import { format } from '../runtime/format.js';
import { lenOf, truthCo } from '../runtime/truth.js';
import { dirOf } from '../runtime/dir.js';
import { sortItems } from '../types/sort.js';
import { intValue } from '../types/numbers.js';
import { buildClass } from '../types/type.js';
import { PyGenericAlias, PyUnion } from '../types/genericalias.js';
import { importModuleCo } from './importer.js';

// Module-level coroutines for the builtins' slow paths: a generator function made inside each
// call costs microseconds, one defined once ~0.1 µs (issue 11).
function* nextCo(th: Thread, it: Value, dflt: Value | undefined): Gen {
  const v = yield* nextOf(th, it);
  if (v !== DONE) return v;
  if (dflt !== undefined) return dflt;
  throw stopIteration();
}

function* getattrCo(th: Thread, o: Value, name: string, dflt: Value): Gen {
  return (yield* getAttrOr(th, o, name)) ?? dflt;
}

function* hasattrCo(th: Thread, o: Value, name: string): Gen {
  return (yield* getAttrOr(th, o, name)) !== undefined;
}

function* thenNone(c: Coro): Gen {
  yield* c.gen;
  return null;
}

function classInfo(spec: Value, who: string): PyClass[] {
  if (spec instanceof PyClass) return [spec];
  if (spec instanceof PyTuple) return spec.items.flatMap((x) => classInfo(x, who));
  if (spec instanceof PyUnion) return spec.args.items.flatMap((x) => classInfo(x, who));
  if (spec instanceof PyGenericAlias) throw typeErr(`${who}() argument 2 cannot be a parameterized generic`);
  throw typeErr(`${who}() arg 2 must be a type, a tuple of types, or a union`);
}

/** An object (not a class) that answers isinstance/issubclass itself (typing's aliases), or undefined. */
function checkHook(spec: Value, name: '__instancecheck__' | '__subclasscheck__'): Value | undefined {
  if (spec instanceof PyClass || spec instanceof PyTuple || spec instanceof PyUnion || !(spec instanceof PyObject) || spec.cls.builtin) return undefined;
  return spec.cls.lookup(name);
}

/** isinstance with metaclass __instancecheck__ (abc) honoured. */
function* isinstanceCo(th: Thread, obj: Value, spec: Value): Gen<boolean> {
  const hook = checkHook(spec, '__instancecheck__');
  if (hook !== undefined) return yield* truthCo(th, yield* callFnCo(th, hook, [spec, obj]));
  if (spec instanceof PyTuple) {
    for (const x of spec.items) if (yield* isinstanceCo(th, obj, x)) return true;
    return false;
  }
  for (const cls of classInfo(spec, 'isinstance')) {
    if (isInstance(obj, cls)) return true;
    if (!cls.cls.builtin) {
      const chk = cls.cls.lookup('__instancecheck__');
      if (chk !== undefined && chk !== T.type.ns.getStr('__instancecheck__') && (yield* truthCo(th, yield* callFnCo(th, chk, [cls, obj])))) return true;
    }
  }
  return false;
}

/** issubclass with __subclasscheck__ (abc's metaclass, typing's aliases) honoured. */
function* issubclassCo(th: Thread, c: Value, spec: Value): Gen<boolean> {
  const hook = checkHook(spec, '__subclasscheck__');
  if (hook !== undefined) return yield* truthCo(th, yield* callFnCo(th, hook, [spec, c]));
  if (spec instanceof PyTuple) {
    for (const x of spec.items) if (yield* issubclassCo(th, c, x)) return true;
    return false;
  }
  if (!(c instanceof PyClass)) throw typeErr('issubclass() arg 1 must be a class');
  const classes = classInfo(spec, 'issubclass');
  for (const b of classes) {
    if (c.isSubclassOf(b)) return true;
    if (!b.cls.builtin) {
      const chk = b.cls.lookup('__subclasscheck__');
      if (chk !== undefined && chk !== T.type.ns.getStr('__subclasscheck__') && (yield* truthCo(th, yield* callFnCo(th, chk, [b, c])))) return true;
    }
  }
  return false;
}

/** min()/max() over args or one iterable, with key= and default=. */
function* extreme(th: Thread, name: string, op: Cmp, args: Value[], kw: Map<string, Value> | null): Gen {
  const k = kwargs(name, kw, ['key', 'default']);
  if (args.length === 0) throw typeErr(`${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && k.default !== undefined) throw typeErr(`Cannot specify a default for ${name}() with multiple positional arguments`);
  const items = args.length === 1 ? yield* listOf(th, args[0]!) : args;
  if (items.length === 0) {
    if (k.default !== undefined) return k.default;
    throw valueErr(`${name}() arg is an empty sequence`);
  }
  const key = k.key ?? null;
  let best = items[0]!;
  let bestKey = key === null ? best : yield* callCo(th, key, [best]);
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!;
    const xk = key === null ? x : yield* callCo(th, key, [x]);
    const native = orderNative(xk, bestKey, op);
    const better = native !== undefined ? native : yield* truthCo(th, yield* richCompare(th, xk, bestKey, op));
    if (better) {
      best = x;
      bestKey = xk;
    }
  }
  return best;
}

function* sumCo(th: Thread, iterable: Value, start: Value): Gen {
  const it = yield* getIterCo(th, iterable);
  let acc = start;
  // Items of a generator: small ints are added where it yields them; the rest come to the loop.
  const sink = (x: Value): boolean => {
    if (typeof acc !== 'number' || typeof x !== 'number' || !Number.isSafeInteger(acc + x)) return false;
    acc += x;
    return true;
  };
  for (;;) {
    let x = nextNative(it);
    if (x === undefined) {
      const req = resumeOf(it, sink);
      x = req !== null ? resumedItem(yield req) : yield* nextOf(th, it);
    }
    if (x === DONE) return acc;
    if (typeof acc === 'number' && typeof x === 'number') {
      const r = acc + x;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    const r = binaryOp(th, acc, x, BinOp.ADD);
    acc = r instanceof Coro ? yield* r.gen : r;
  }
}

function* roundCo(th: Thread, x: Value, nd: Value | undefined): Gen {
  const f = typeOf(x).lookup('__round__');
  if (f === undefined || f === null) throw typeErr(`type ${typeOf(x).name} doesn't define __round__ method`);
  return yield* callFnCo(th, f, nd === undefined || nd === null ? [x] : [x, nd]);
}

function intArg(v: Value, what = ''): number | bigint {
  const i = intValue(v);
  if (i === undefined) throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer${what}`);
  return i;
}

function base(v: Value, f: (i: number | bigint) => string): string {
  return f(intArg(v));
}

const callerFrame = (th: Thread): Frame => {
  for (let f = th.top; f !== null; f = f.back) if (f instanceof Frame) return f;
  throw new Error('internal: no Python frame');
};

/** The builtin functions by name. */
export const FUNCS: Record<string, PyBuiltin> = {
  len: fn('len', (th, a) => lenOf(th, one('len', a))),
  abs: fn('abs', (th, a) => {
    const x = one('abs', a);
    const i = intValue(x);
    if (i !== undefined && typeof x !== 'object') return N.intAbs(i);
    if (x instanceof PyFloat && x.cls === T.float) return float(Math.abs(x.v));
    const f = typeOf(x).lookup('__abs__');
    if (f === undefined || f === null) throw typeErr(`bad operand type for abs(): '${typeOf(x).name}'`);
    return runOrCoro(callFnCo(th, f, [x]));
  }),
  repr: fn('repr', (th, a) => repr(th, one('repr', a))),
  ascii: fn('ascii', (th, a) => runOrCoro((function* () { return asciiOf(yield* reprCo(th, one('ascii', a))); })())),
  hash: fn('hash', (th, a) => hash(th, one('hash', a))),
  id: fn('id', (_th, a) => idOf(one('id', a))),
  callable: fn('callable', (_th, a) => {
    return isCallable(one('callable', a));
  }),
  isinstance: fn('isinstance', (th, a) => {
    if (a.length !== 2) throw typeErr(`isinstance expected 2 arguments, got ${a.length}`);
    const spec = a[1]!;
    // A class whose metaclass is builtin (type, not ABCMeta): no Python code can take part.
    if (spec instanceof PyClass && spec.cls.builtin) return isInstance(a[0]!, spec);
    return runOrCoro(isinstanceCo(th, a[0]!, spec));
  }),
  issubclass: fn('issubclass', (th, a) => {
    if (a.length !== 2) throw typeErr(`issubclass expected 2 arguments, got ${a.length}`);
    return runOrCoro(issubclassCo(th, a[0]!, a[1]!));
  }),
  getattr: fn('getattr', (th, a) => {
    if (a.length < 2) throw typeErr(`getattr expected at least 2 arguments, got ${a.length}`);
    if (a.length > 3) throw typeErr(`getattr expected at most 3 arguments, got ${a.length}`);
    if (typeof a[1] !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(a[1]!).name}'`);
    if (a.length === 2) return getAttr(th, a[0]!, a[1]);
    return runOrCoro(getattrCo(th, a[0]!, a[1], a[2]!));
  }),
  setattr: fn('setattr', (th, a) => {
    if (a.length !== 3) throw typeErr(`setattr expected 3 arguments, got ${a.length}`);
    if (typeof a[1] !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(a[1]!).name}'`);
    const r = setAttr(th, a[0]!, a[1], a[2]!);
    return r instanceof Coro ? new Coro(thenNone(r)) : null;
  }),
  delattr: fn('delattr', (th, a) => {
    if (a.length !== 2) throw typeErr(`delattr expected 2 arguments, got ${a.length}`);
    if (typeof a[1] !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(a[1]!).name}'`);
    const r = setAttr(th, a[0]!, a[1], undefined);
    return r instanceof Coro ? new Coro(thenNone(r)) : null;
  }),
  hasattr: fn('hasattr', (th, a) => {
    if (a.length !== 2) throw typeErr(`hasattr expected 2 arguments, got ${a.length}`);
    if (typeof a[1] !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(a[1]!).name}'`);
    return runOrCoro(hasattrCo(th, a[0]!, a[1]));
  }),
  vars: fn('vars', (th, a) => {
    if (a.length === 0) return localsOf(callerFrame(th));
    const o = one('vars', a);
    if (o instanceof PyObject && o.dict !== null) return o.dict;
    throw typeErr('vars() argument must have __dict__ attribute');
  }),
  dir: fn('dir', (th, a) => {
    if (a.length === 0) return new PyList(localsOf(callerFrame(th)).keys().sort());
    const o = one('dir', a);
    // A class of the program (an enum's metaclass) may say what dir() lists.
    const custom = typeOf(o).lookup('__dir__');
    if (custom instanceof PyFunction) {
      return new Coro(
        (function* () {
          const names = yield* listOf(th, yield* callFnCo(th, custom, [o]));
          const sorted = yield* sortItems(th, names, null, false);
          return new PyList(sorted);
        })(),
      );
    }
    return new PyList(dirOf(th, o));
  }),
  globals: fn('globals', (th) => callerFrame(th).globals),
  locals: fn('locals', (th) => localsOf(callerFrame(th))),
  iter: fn('iter', (th, a) => {
    unpack('iter', a, 1, 2);
    if (a.length === 2) return new CallableIter(a[0]!, a[1]!);
    return getIter(th, a[0]!);
  }),
  next: fn('next', (th, a) => {
    unpack('next', a, 1, 2);
    const it = a[0]!;
    if (typeOf(it).lookup('__next__') === undefined) throw typeErr(`'${typeOf(it).name}' object is not an iterator`);
    if (it instanceof PyGenerator) {
      // A generator's return value travels in StopIteration.
      return new Coro(
        (function* () {
          try {
            return yield* resume(th, it, null, null);
          } catch (e) {
            if (a.length === 2 && e instanceof PyBaseException && e.cls.isSubclassOf(E.StopIteration!)) return a[1]!;
            throw e;
          }
        })(),
      );
    }
    return runOrCoro(nextCo(th, it, a.length === 2 ? a[1]! : undefined));
  }),
  sum: fn('sum', (th, a, kw) => {
    const [iterable, start] = params('sum', a, kw, ['iterable', 'start'], 0, 1);
    const s = start ?? 0;
    if (typeof s === 'string') throw typeErr("sum() can't sum strings [use ''.join(seq) instead]");
    if (s instanceof PyBytes) throw typeErr("sum() can't sum bytes [use b''.join(seq) instead]");
    return runOrCoro(sumCo(th, iterable!, s));
  }),
  min: fn('min', (th, a, kw) => runOrCoro(extreme(th, 'min', Cmp.LT, a, kw))),
  max: fn('max', (th, a, kw) => runOrCoro(extreme(th, 'max', Cmp.GT, a, kw))),
  sorted: fn('sorted', (th, a, kw) => {
    if (a.length !== 1) throw typeErr(a.length === 0 ? "sorted expected 1 argument, got 0" : `sorted expected 1 argument, got ${a.length}`);
    const k = kwargs('sort', kw, ['key', 'reverse']);
    return runOrCoro(
      (function* () {
        const items = yield* listOf(th, a[0]!);
        return new PyList(yield* sortItems(th, items, k.key ?? null, k.reverse === true || (typeof k.reverse === 'number' && k.reverse !== 0)));
      })(),
    );
  }),
  any: fn('any', (th, a) =>
    runOrCoro(
      (function* () {
        const it = yield* getIterCo(th, one('any', a));
        for (;;) {
          const x = yield* nextOf(th, it);
          if (x === DONE) return false;
          if (yield* truthCo(th, x)) return true;
        }
      })(),
    ),
  ),
  all: fn('all', (th, a) =>
    runOrCoro(
      (function* () {
        const it = yield* getIterCo(th, one('all', a));
        for (;;) {
          const x = yield* nextOf(th, it);
          if (x === DONE) return true;
          if (!(yield* truthCo(th, x))) return false;
        }
      })(),
    ),
  ),
  round: fn('round', (th, a, kw) => {
    const [x, nd] = params('round', a, kw, ['number', 'ndigits'], 0, 1);
    return runOrCoro(roundCo(th, x!, nd));
  }),
  divmod: fn('divmod', (th, a) => {
    unpack('divmod', a, 2, 2);
    const [x, y] = a as [Value, Value];
    const i = intValue(x);
    const j = intValue(y);
    if (i !== undefined && j !== undefined && typeof x !== 'object' && typeof y !== 'object') return new PyTuple(N.intDivmod(i, j));
    const fx = x instanceof PyFloat ? x.v : i !== undefined ? N.intToFloat(i) : undefined;
    const fy = y instanceof PyFloat ? y.v : j !== undefined ? N.intToFloat(j) : undefined;
    if (fx !== undefined && fy !== undefined && (x instanceof PyFloat || y instanceof PyFloat)) {
      const [q, r] = floatDivmod(fx, fy);
      return new PyTuple([float(q), float(r)]);
    }
    return runOrCoro(
      (function* () {
        const f = typeOf(x).lookup('__divmod__');
        if (f !== undefined) {
          const r = yield* callFnCo(th, f, [x, y]);
          if (r !== NotImplemented) return r;
        }
        const g = typeOf(y).lookup('__rdivmod__');
        if (g !== undefined) {
          const r = yield* callFnCo(th, g, [y, x]);
          if (r !== NotImplemented) return r;
        }
        throw typeErr(`unsupported operand type(s) for divmod(): '${typeOf(x).name}' and '${typeOf(y).name}'`);
      })(),
    );
  }),
  pow: fn('pow', (th, a, kw) => {
    const [b, e, m] = params('pow', a, kw, ['base', 'exp', 'mod'], 0, 2);
    if (m !== undefined && m !== null) {
      const bi = intValue(b!);
      const ei = intValue(e!);
      const mi = intValue(m);
      if (bi === undefined || ei === undefined || mi === undefined) throw typeErr('pow() 3rd argument not allowed unless all arguments are integers');
      return N.intPow(bi, ei, mi);
    }
    const r = numBinary(b!, e!, BinOp.POW);
    return r !== undefined ? r : binaryOp(th, b!, e!, BinOp.POW);
  }),
  chr: fn('chr', (_th, a) => {
    const i = intArg(one('chr', a));
    if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) throw valueErr('chr() arg not in range(0x110000)');
    return String.fromCodePoint(i);
  }),
  ord: fn('ord', (_th, a) => {
    const c = one('ord', a);
    if (c instanceof PyBytes) {
      if (c.data.length !== 1) throw typeErr(`ord() expected a character, but string of length ${c.data.length} found`);
      return c.data[0]!;
    }
    if (typeof c !== 'string') throw typeErr(`ord() expected string of length 1, but ${typeOf(c).name} found`);
    const n = pyLen(c);
    if (n !== 1) throw typeErr(`ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0)!;
  }),
  hex: fn('hex', (_th, a) => base(one('hex', a), N.hex)),
  oct: fn('oct', (_th, a) => base(one('oct', a), N.oct)),
  bin: fn('bin', (_th, a) => base(one('bin', a), N.bin)),
  format: fn('format', (th, a) => {
    unpack('format', a, 1, 2);
    const spec = a[1] ?? '';
    if (typeof spec !== 'string') throw typeErr(`format() argument 2 must be str, not ${typeOf(spec).name}`);
    return format(th, a[0]!, spec);
  }),
  __build_class__: fn('__build_class__', (th, a, kw) => new Coro(buildClass(th, a, kw))),
  __import__: fn('__import__', (th, a, kw) => {
    const [name, , , fromlist, level] = params('__import__', a, kw, ['name', 'globals', 'locals', 'fromlist', 'level'], 0, 1);
    if (typeof name !== 'string') throw typeErr(`__import__() argument 1 must be str, not ${typeOf(name!).name}`);
    return new Coro(importModuleCo(th, name, (level as number) ?? 0, fromlist ?? null, callerFrame(th)));
  }),
  exit: fn('exit', (_th, a) => {
    throw newExc(E.SystemExit!, a.length > 0 ? [a[0]!] : []);
  }),
  quit: fn('quit', (_th, a) => {
    throw newExc(E.SystemExit!, a.length > 0 ? [a[0]!] : []);
  }),
};

export { exc, PyBaseException, PyModule, PyStaticMethod, PyClassMethod };
