/** collections.deque's methods (the object is objects/deque.ts). */
import { NotImplemented, dequeClass } from '../objects/boot.js';
import { type Gen } from '../objects/coro.js';
import { indexErr, typeErr, valueErr } from '../objects/exceptions.js';
import { SeqIter } from '../objects/iterators.js';
import { getsets, methods, none, one, statics } from '../objects/native.js';
import { PyClass, type Value } from '../objects/object.js';
import { PyDeque } from '../objects/deque.js';
import { T, typeOf } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { listOf } from '../runtime/iter.js';
import { eqBool, seqEq } from '../runtime/compare.js';
import { guarded, itemRepr } from '../runtime/repr.js';
import { runOrCoro } from '../runtime/dunder.js';
import { indexOf } from '../runtime/subscript.js';


const dq = (v: Value): PyDeque => {
  if (!(v instanceof PyDeque)) throw typeErr(`descriptor requires a 'collections.deque' object but received a '${typeOf(v).name}'`);
  return v;
};

function index(d: PyDeque, k: Value): number {
  const i = indexOf(k);
  if (i === undefined) throw typeErr(`sequence index must be integer, not '${typeOf(k).name}'`);
  const j = i < 0 ? i + d.items.length : i;
  if (j < 0 || j >= d.items.length) throw indexErr('deque index out of range');
  return j;
}

function* extend(th: Thread, d: PyDeque, src: Value, left: boolean): Gen {
  const items = src === d ? d.items.slice() : yield* listOf(th, src);
  for (const x of items) {
    if (left) d.items.unshift(x);
    else d.items.push(x);
    d.trim(!left);
  }
  return null;
}

statics(dequeClass, {
  __new__: (_th, a) => new PyDeque(a[0] as PyClass),
});

methods(dequeClass, {
  __init__: (th, a, kw) => {
    const d = dq(a[0]!);
    const iterable = a[1] ?? kw?.get('iterable');
    const maxlen = a.length > 2 ? a[2] : kw?.get('maxlen');
    if (maxlen !== undefined && maxlen !== null) {
      const m = indexOf(maxlen);
      if (m === undefined) throw typeErr('an integer is required');
      if (m < 0) throw valueErr('maxlen must be non-negative');
      d.maxlen = m;
    }
    d.items = [];
    if (iterable === undefined || iterable === null) return null;
    return runOrCoro(extend(th, d, iterable, false));
  },
  append: (_th, a) => {
    const d = dq(a[0]!);
    d.items.push(one('deque.append', a, 1));
    d.trim(true);
    return null;
  },
  appendleft: (_th, a) => {
    const d = dq(a[0]!);
    d.items.unshift(one('deque.appendleft', a, 1));
    d.trim(false);
    return null;
  },
  pop: (_th, a) => {
    const d = dq(a[0]!);
    if (d.items.length === 0) throw indexErr('pop from an empty deque');
    return d.items.pop()!;
  },
  popleft: (_th, a) => {
    const d = dq(a[0]!);
    if (d.items.length === 0) throw indexErr('pop from an empty deque');
    return d.items.shift()!;
  },
  extend: (th, a) => runOrCoro(extend(th, dq(a[0]!), one('deque.extend', a, 1), false)),
  extendleft: (th, a) => runOrCoro(extend(th, dq(a[0]!), one('deque.extendleft', a, 1), true)),
  clear: (_th, a) => {
    none('deque.clear', a);
    dq(a[0]!).items = [];
    return null;
  },
  rotate: (_th, a) => {
    const d = dq(a[0]!);
    const n = d.items.length;
    if (n === 0) return null;
    const k = ((((a[1] === undefined ? 1 : Number(a[1])) % n) + n) % n);
    d.items = d.items.slice(n - k).concat(d.items.slice(0, n - k));
    return null;
  },
  reverse: (_th, a) => {
    dq(a[0]!).items.reverse();
    return null;
  },
  copy: (_th, a) => {
    const d = dq(a[0]!);
    const c = new PyDeque(d.cls);
    c.items = d.items.slice();
    c.maxlen = d.maxlen;
    return c;
  },
  count: (th, a) => runOrCoro((function* () { let n = 0; for (const x of dq(a[0]!).items.slice()) if (yield* eqBool(th, x, a[1]!)) n++; return n; })()),
  index: (th, a) =>
    runOrCoro(
      (function* () {
        const items = dq(a[0]!).items;
        for (let i = 0; i < items.length; i++) if (yield* eqBool(th, items[i]!, a[1]!)) return i;
        throw valueErr(`${yield* itemRepr(th, a[1]!)} is not in deque`);
      })(),
    ),
  remove: (th, a) =>
    runOrCoro(
      (function* () {
        const d = dq(a[0]!);
        for (let i = 0; i < d.items.length; i++) {
          if (yield* eqBool(th, d.items[i]!, a[1]!)) {
            d.items.splice(i, 1);
            return null;
          }
        }
        throw valueErr(`${yield* itemRepr(th, a[1]!)} is not in deque`);
      })(),
    ),
  __len__: (_th, a) => dq(a[0]!).items.length,
  __bool__: (_th, a) => dq(a[0]!).items.length > 0,
  __iter__: (_th, a) => new SeqIter(dq(a[0]!), 0, false, 'deque_iterator'),
  __reversed__: (_th, a) => new SeqIter(dq(a[0]!), dq(a[0]!).items.length - 1, true, 'deque_iterator'),
  __getitem__: (_th, a) => dq(a[0]!).items[index(dq(a[0]!), a[1]!)]!,
  __setitem__: (_th, a) => {
    dq(a[0]!).items[index(dq(a[0]!), a[1]!)] = a[2]!;
    return null;
  },
  __delitem__: (_th, a) => {
    dq(a[0]!).items.splice(index(dq(a[0]!), a[1]!), 1);
    return null;
  },
  __contains__: (th, a) => runOrCoro((function* () { for (const x of dq(a[0]!).items.slice()) if (yield* eqBool(th, x, a[1]!)) return true; return false; })()),
  __eq__: (th, a) => (a[1] instanceof PyDeque ? runOrCoro(seqEq(th, dq(a[0]!).items, a[1].items)) : NotImplemented),
  __repr__: (th, a) =>
    runOrCoro(
      (function* () {
        const d = dq(a[0]!);
        return yield* guarded(th, d, '[...]', function* () {
          const parts: string[] = [];
          for (const x of d.items) parts.push(yield* itemRepr(th, x));
          const m = d.maxlen === null ? '' : `, maxlen=${d.maxlen}`;
          return `${d.cls.name}([${parts.join(', ')}]${m})`;
        });
      })(),
    ),
});
dequeClass.ns.setStr('__hash__', null);
getsets(dequeClass, { maxlen: (_th, d) => dq(d).maxlen });
methods(T.deque_iterator, {
  __iter__: (_th, a) => a[0]!,
});
