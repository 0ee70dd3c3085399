/**
 * list and tuple: constructors, methods, and the dunders the protocol (and
 * subclasses) use. Element comparisons may run Python `__eq__`/`__lt__`.
 */
import { GROWTH_MASK, listGrew } from '../objects/memory.js';
import { NotImplemented } from '../objects/boot.js';
import { Coro, type Gen } from '../objects/coro.js';
import { E, exc, indexErr, typeErr, valueErr } from '../objects/exceptions.js';
import { clinic, methods, none, one, params, statics, unpack } from '../objects/native.js';
import { PyClass, type Value } from '../objects/object.js';
import { PyList, PyTuple, emptyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { SeqIter } from '../objects/iterators.js';
import { hashTuple } from '../objects/hash.js';
import { Cmp } from '../runtime/operators.js';
import type { Thread } from '../objects/thread.js';
import { listOf, itemsNative } from '../runtime/iter.js';
import { eqBool, eqBoolNative, seqEq, seqOrder } from '../runtime/compare.js';
import { guarded, itemRepr } from '../runtime/repr.js';
import { runOrCoro } from '../runtime/dunder.js';
import { indexOf, listSetItem, seqItem } from '../runtime/subscript.js';
import { contains } from '../runtime/contains.js';
import { hashCo } from '../runtime/hashing.js';
import { seqBinary } from '../runtime/seqops.js';
import { sortItems } from './sort.js';
import type { PyInt } from '../lib/pyint.js';

function selfList(a: Value[]): PyList {
  const l = a[0];
  if (!(l instanceof PyList)) throw typeErr(`descriptor requires a 'list' object but received a '${typeOf(l!).name}'`);
  return l;
}

/** Finds the first index of `x` in items[start:stop] (Python equality). */
function* indexCo(th: Thread, items: Value[], x: Value, start: number, stop: number): Gen<number> {
  for (let i = start; i < Math.min(stop, items.length); i++) if (yield* eqBool(th, items[i]!, x)) return i;
  return -1;
}

function bound(v: Value | undefined, len: number, dflt: number): number {
  if (v === undefined) return dflt;
  const i = indexOf(v);
  if (i === undefined) throw typeErr('slice indices must be integers or have an __index__ method');
  return i < 0 ? Math.max(0, i + len) : Math.min(i, len);
}

function* reprSeq(th: Thread, self: PyList | PyTuple, open: string, close: string): Gen<string> {
  const cycle = `${open}...${close}`;
  return yield* guarded(th, self, cycle, function* () {
    const parts: string[] = [];
    for (const x of self.items) parts.push(yield* itemRepr(th, x));
    if (open === '(' && parts.length === 1) return `(${parts[0]},)`;
    return open + parts.join(', ') + close;
  });
}

function richCmp(op: Cmp) {
  return (th: Thread, a: Value[]): Value => {
    const x = a[0]!;
    const y = a[1]!;
    const same = x instanceof PyList ? y instanceof PyList : x instanceof PyTuple && y instanceof PyTuple;
    if (!same) return NotImplemented;
    const xs = (x as PyList).items;
    const ys = (y as PyList).items;
    if (op === Cmp.EQ || op === Cmp.NE) {
      return runOrCoro(
        (function* () {
          const e = yield* seqEq(th, xs, ys);
          return op === Cmp.EQ ? e : !e;
        })(),
      ) as Value;
    }
    return runOrCoro(seqOrder(th, xs, ys, op)) as Value;
  };
}

const COMPARISONS = {
  __eq__: richCmp(Cmp.EQ),
  __ne__: richCmp(Cmp.NE),
  __lt__: richCmp(Cmp.LT),
  __le__: richCmp(Cmp.LE),
  __gt__: richCmp(Cmp.GT),
  __ge__: richCmp(Cmp.GE),
};

statics(T.list, {
  __new__: (_th, args) => {
    const cls = args[0] as PyClass;
    const l = cls.alloc(cls) as PyList;
    return l;
  },
});

methods(T.list, {
  __init__: (th, a, kw) => {
    const l = selfList(a);
    if (kw !== null && kw.size > 0) throw typeErr('list() takes no keyword arguments');
    clinic('list', a, 0, 1, 1);
    if (a.length < 2) {
      l.items = [];
      return null;
    }
    const fast = itemsNative(a[1]!);
    if (fast !== undefined) {
      l.items = fast;
      return null;
    }
    return runOrCoro(
      (function* () {
        l.items = yield* listOf(th, a[1]!);
        return null;
      })(),
    );
  },
  __repr__: (th, a) => runOrCoro(reprSeq(th, selfList(a), '[', ']')),
  __len__: (_th, a) => selfList(a).items.length,
  __iter__: (_th, a) => new SeqIter(selfList(a), 0, false, 'list_iterator'),
  __reversed__: (_th, a) => new SeqIter(selfList(a), selfList(a).items.length - 1, true, 'list_reverseiterator'),
  __getitem__: (_th, a) => seqItem(selfList(a), a[1]!),
  __setitem__: (th, a) => listSetItem(th, selfList(a), a[1]!, a[2]!),
  __delitem__: (th, a) => listSetItem(th, selfList(a), a[1]!, undefined),
  __contains__: (th, a) => contains(th, new PyList(selfList(a).items), a[1]!),
  __add__: (th, a) => (a[1] instanceof PyList ? new PyList(selfList(a).items.concat(a[1].items)) : NotImplemented),
  __iadd__: (th, a) => seqBinary(th, selfList(a), a[1]!, 16) ?? NotImplemented,
  __mul__: (th, a) => seqBinary(th, new PyList(selfList(a).items), a[1]!, 2) ?? NotImplemented,
  __rmul__: (th, a) => seqBinary(th, new PyList(selfList(a).items), a[1]!, 2) ?? NotImplemented,
  __imul__: (th, a) => seqBinary(th, selfList(a), a[1]!, 18) ?? NotImplemented,
  __hash__: null as never,
  ...COMPARISONS,
  append: (_th, a) => {
    const items = selfList(a).items;
    const v = one('list.append', a, 1);
    if (((items.length + 1) & GROWTH_MASK) === 0) listGrew(items.length + 1);
    items.push(v);
    return null;
  },
  extend: (th, a) => {
    const l = selfList(a);
    const src = one('list.extend', a, 1);
    const fast = itemsNative(src);
    if (fast !== undefined) {
      for (const x of fast) l.items.push(x);
      return null;
    }
    return runOrCoro(
      (function* () {
        for (const x of yield* listOf(th, src)) l.items.push(x);
        return null;
      })(),
    );
  },
  insert: (_th, a) => {
    unpack('insert', a, 2, 2, 1);
    const l = selfList(a);
    const i = indexOf(a[1]!);
    if (i === undefined) throw typeErr(`'${typeOf(a[1]!).name}' object cannot be interpreted as an integer`);
    const n = l.items.length;
    const j = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    l.items.splice(j, 0, a[2]!);
    return null;
  },
  pop: (_th, a) => {
    clinic('pop', a, 0, 1, 1);
    const l = selfList(a);
    if (l.items.length === 0) throw indexErr('pop from empty list');
    const i = a[1] === undefined ? -1 : indexOf(a[1]);
    if (i === undefined) throw typeErr(`'${typeOf(a[1]!).name}' object cannot be interpreted as an integer`);
    const j = i < 0 ? i + l.items.length : i;
    if (j < 0 || j >= l.items.length) throw indexErr('pop index out of range');
    return l.items.splice(j, 1)[0]!;
  },
  remove: (th, a) => {
    const l = selfList(a);
    const x = one('list.remove', a, 1);
    for (let i = 0; i < l.items.length; i++) {
      const e = eqBoolNative(l.items[i]!, x);
      if (e === true) {
        l.items.splice(i, 1);
        return null;
      }
      if (e === undefined) {
        return runOrCoro(
          (function* () {
            const k = yield* indexCo(th, l.items, x, i, l.items.length);
            if (k < 0) throw valueErr('list.remove(x): x not in list');
            l.items.splice(k, 1);
            return null;
          })(),
        );
      }
    }
    throw valueErr('list.remove(x): x not in list');
  },
  index: (th, a) => {
    clinic('index', a, 1, 3, 1);
    const l = selfList(a);
    const start = bound(a[2], l.items.length, 0);
    const stop = bound(a[3], l.items.length, l.items.length);
    return runOrCoro(
      (function* () {
        const k = yield* indexCo(th, l.items, a[1]!, start, stop);
        if (k < 0) throw valueErr(`${yield* itemRepr(th, a[1]!)} is not in list`);
        return k;
      })(),
    );
  },
  count: (th, a) => {
    const l = selfList(a);
    const x = one('list.count', a, 1);
    return runOrCoro(
      (function* () {
        let n = 0;
        for (const y of l.items.slice()) if (yield* eqBool(th, y, x)) n++;
        return n;
      })(),
    );
  },
  clear: (_th, a) => {
    none('list.clear', a);
    selfList(a).items = [];
    return null;
  },
  copy: (_th, a) => {
    none('list.copy', a);
    return new PyList(selfList(a).items.slice());
  },
  reverse: (_th, a) => {
    none('list.reverse', a);
    selfList(a).items.reverse();
    return null;
  },
  sort: (th, a, kw) => {
    if (a.length > 1) throw typeErr('sort() takes no positional arguments');
    const [key, reverse] = params('sort', [], kw, ['key', 'reverse']);
    const l = selfList(a);
    const items = l.items;
    l.items = [];
    return runOrCoro(
      (function* () {
        try {
          const sorted = yield* sortItems(th, items, key ?? null, reverse === true || (typeof reverse === 'number' && reverse !== 0));
          if (l.items.length > 0) throw valueErr('list modified during sort');
          l.items = sorted;
        } catch (e) {
          if (l.items.length === 0) l.items = items;
          throw e;
        }
        return null;
      })(),
    );
  },
});
T.list.ns.setStr('__hash__', null);

function selfTuple(a: Value[]): PyTuple {
  const t = a[0];
  if (!(t instanceof PyTuple)) throw typeErr(`descriptor requires a 'tuple' object but received a '${typeOf(t!).name}'`);
  return t;
}

statics(T.tuple, {
  __new__: (th, args, kw) => {
    const cls = args[0] as PyClass;
    if (kw !== null && kw.size > 0) throw typeErr('tuple() takes no keyword arguments');
    clinic('tuple', args, 0, 1, 1);
    const make = (items: Value[]): PyTuple => {
      if (cls === T.tuple) return items.length === 0 ? emptyTuple() : new PyTuple(items);
      const t = cls.alloc(cls) as PyTuple;
      (t as { items: Value[] }).items.push(...items);
      return t;
    };
    if (args.length < 2) return make([]);
    const src = args[1]!;
    if (src instanceof PyTuple && src.cls === T.tuple && cls === T.tuple) return src;
    return runOrCoro(
      (function* () {
        return make(yield* listOf(th, src));
      })(),
    );
  },
});

methods(T.tuple, {
  __repr__: (th, a) => runOrCoro(reprSeq(th, selfTuple(a), '(', ')')),
  __len__: (_th, a) => selfTuple(a).items.length,
  __iter__: (_th, a) => new SeqIter(selfTuple(a), 0, false, 'tuple_iterator'),
  __getitem__: (_th, a) => seqItem(selfTuple(a), a[1]!),
  __contains__: (th, a) => contains(th, new PyTuple(selfTuple(a).items), a[1]!),
  __add__: (_th, a) => (a[1] instanceof PyTuple ? new PyTuple(selfTuple(a).items.concat(a[1].items)) : NotImplemented),
  __mul__: (th, a) => seqBinary(th, new PyTuple(selfTuple(a).items), a[1]!, 2) ?? NotImplemented,
  __rmul__: (th, a) => seqBinary(th, new PyTuple(selfTuple(a).items), a[1]!, 2) ?? NotImplemented,
  __hash__: (th, a) =>
    runOrCoro(
      (function* () {
        const hs: PyInt[] = [];
        for (const x of selfTuple(a).items) hs.push(yield* hashCo(th, x));
        return hashTuple(hs);
      })(),
    ),
  __getnewargs__: (_th, a) => new PyTuple([new PyTuple(selfTuple(a).items)]),
  ...COMPARISONS,
  index: (th, a) => {
    clinic('index', a, 1, 3, 1);
    const t = selfTuple(a);
    const start = bound(a[2], t.items.length, 0);
    const stop = bound(a[3], t.items.length, t.items.length);
    return runOrCoro(
      (function* () {
        const k = yield* indexCo(th, t.items, a[1]!, start, stop);
        if (k < 0) throw valueErr('tuple.index(x): x not in tuple');
        return k;
      })(),
    );
  },
  count: (th, a) => {
    const t = selfTuple(a);
    const x = one('tuple.count', a, 1);
    return runOrCoro(
      (function* () {
        let n = 0;
        for (const y of t.items) if (yield* eqBool(th, y, x)) n++;
        return n;
      })(),
    );
  },
});

export { Coro, exc, E };
