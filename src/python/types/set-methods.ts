/** set and frozenset: constructors, methods, comparisons, reprs. */
import { NotImplemented } from '../objects/boot.js';
import { Coro, type Gen, type NativeResult } from '../objects/coro.js';
import { E, exc, typeErr } from '../objects/exceptions.js';
import { SetIter } from '../objects/iterators.js';
import { methods, none, one, statics } from '../objects/native.js';
import { PyClass, type Value } from '../objects/object.js';
import { DUMMY, PySet } from '../objects/set.js';
import { T, typeOf } from '../objects/types.js';
import { BinOp } from '../runtime/operators.js';
import type { Thread } from '../objects/thread.js';
import { runOrCoro } from '../runtime/dunder.js';
import { guarded, itemRepr } from '../runtime/repr.js';
import { setAdd, setContainsCo, setDiscard, setDiscardCo } from '../runtime/settable.js';
import { setUpdateCo } from '../runtime/collections.js';
import { copySet, difference, differenceUpdate, intersection, setAlgebra, symmetricDifference, symmetricDifferenceUpdate, takeBody } from '../runtime/setops.js';
import { setSubset } from '../runtime/compare.js';
import { frozensetHash } from '../runtime/hashing.js';
import { keyErrorFor } from '../runtime/keyerror.js';
import { listOf } from '../runtime/iter.js';

/** None, once `r` (a method's result that Python does not see) is done. */
const noneAfter = (r: NativeResult): NativeResult => (r instanceof Coro ? new Coro(thenNone(r)) : null);
function* thenNone(c: Coro): Gen {
  yield* c.gen;
  return null;
}

function selfSet(a: Value[]): PySet {
  const s = a[0];
  if (!(s instanceof PySet)) throw typeErr(`descriptor requires a 'set' object but received a '${typeOf(s!).name}'`);
  return s;
}

/** A set from any iterable (other sets are used as they are). */
function* asSet(th: Thread, v: Value): Gen<PySet> {
  if (v instanceof PySet) return v;
  const s = new PySet();
  yield* setUpdateCo(th, s, v);
  return s;
}

function* setRepr(th: Thread, s: PySet): Gen<string> {
  const name = s.cls.name;
  return yield* guarded(th, s, `${name}(...)`, function* () {
    if (s.used === 0) return `${name}()`;
    const parts: string[] = [];
    for (const k of s.items()) parts.push(yield* itemRepr(th, k));
    const body = `{${parts.join(', ')}}`;
    return s.cls === T.set ? body : `${name}(${body})`;
  });
}

const op = (o: number, inplace: boolean) => (th: Thread, a: Value[]) => {
  const b = a[1];
  if (!(b instanceof PySet)) return NotImplemented;
  return setAlgebra(th, selfSet(a), b, o, inplace) ?? NotImplemented;
};

function cmp(f: (th: Thread, a: PySet, b: PySet) => Gen<boolean>) {
  return (th: Thread, a: Value[]) => {
    const b = a[1];
    if (!(b instanceof PySet)) return NotImplemented;
    return runOrCoro(f(th, selfSet(a), b));
  };
}

function* eqSets(th: Thread, a: PySet, b: PySet): Gen<boolean> {
  return a.used === b.used && (yield* setSubset(th, a, b));
}

/** Shared by set and frozenset. */
const COMMON = {
  __repr__: (th: Thread, a: Value[]) => runOrCoro(setRepr(th, selfSet(a))),
  __len__: (_th: Thread, a: Value[]) => selfSet(a).used,
  __iter__: (_th: Thread, a: Value[]) => new SetIter(selfSet(a), selfSet(a).items()),
  __contains__: (th: Thread, a: Value[]) => runOrCoro(setContainsCo(th, selfSet(a), a[1]!)),
  __or__: op(BinOp.OR, false),
  __and__: op(BinOp.AND, false),
  __sub__: op(BinOp.SUB, false),
  __xor__: op(BinOp.XOR, false),
  __eq__: cmp(eqSets),
  __ne__: cmp(function* (th, a, b) {
    return !(yield* eqSets(th, a, b));
  }),
  __le__: cmp(setSubset),
  __lt__: cmp(function* (th, a, b) {
    return a.used < b.used && (yield* setSubset(th, a, b));
  }),
  __ge__: cmp(function* (th, a, b) {
    return yield* setSubset(th, b, a);
  }),
  __gt__: cmp(function* (th, a, b) {
    return b.used < a.used && (yield* setSubset(th, b, a));
  }),
  copy: (th: Thread, a: Value[]) => {
    const s = selfSet(a);
    if (s.cls === T.frozenset) return s;
    return runOrCoro(copySet(th, s));
  },
  union: (th: Thread, a: Value[]) =>
    runOrCoro(
      (function* () {
        const r = yield* copySet(th, selfSet(a));
        for (const o of a.slice(1)) yield* setUpdateCo(th, r, o);
        return r;
      })(),
    ),
  intersection: (th: Thread, a: Value[]) =>
    runOrCoro(
      (function* () {
        let r = selfSet(a);
        if (a.length === 1) return yield* copySet(th, r);
        for (const o of a.slice(1)) r = yield* intersection(th, r, o);
        return r;
      })(),
    ),
  difference: (th: Thread, a: Value[]) =>
    runOrCoro(
      (function* () {
        let r = selfSet(a);
        if (a.length === 1) return yield* copySet(th, r);
        for (const o of a.slice(1)) r = yield* difference(th, r, o);
        return r;
      })(),
    ),
  symmetric_difference: (th: Thread, a: Value[]) => runOrCoro(symmetricDifference(th, selfSet(a), one('symmetric_difference', a, 1))),
  issubset: (th: Thread, a: Value[]) =>
    runOrCoro(
      (function* () {
        return yield* setSubset(th, selfSet(a), yield* asSet(th, one('issubset', a, 1)));
      })(),
    ),
  issuperset: (th: Thread, a: Value[]) =>
    runOrCoro(
      (function* () {
        return yield* setSubset(th, yield* asSet(th, one('issuperset', a, 1)), selfSet(a));
      })(),
    ),
  isdisjoint: (th: Thread, a: Value[]) =>
    runOrCoro(
      (function* () {
        const s = selfSet(a);
        for (const x of yield* listOf(th, one('isdisjoint', a, 1))) if (yield* setContainsCo(th, s, x)) return false;
        return true;
      })(),
    ),
};

statics(T.set, {
  __new__: (_th, args) => {
    const cls = args[0] as PyClass;
    return cls.alloc(cls);
  },
});

methods(T.set, {
  ...COMMON,
  __init__: (th, a, kw) => {
    if (kw !== null && kw.size > 0) throw typeErr('set() takes no keyword arguments');
    if (a.length > 2) throw typeErr(`set expected at most 1 argument, got ${a.length - 1}`);
    const s = selfSet(a);
    s.clear();
    if (a.length < 2) return null;
    return runOrCoro(setUpdateCo(th, s, a[1]!));
  },
  __ior__: op(BinOp.OR, true),
  __iand__: op(BinOp.AND, true),
  __isub__: op(BinOp.SUB, true),
  __ixor__: op(BinOp.XOR, true),
  add: (th, a) => noneAfter(setAdd(th, selfSet(a), one('set.add', a, 1))),
  discard: (th, a) => noneAfter(setDiscard(th, selfSet(a), one('set.discard', a, 1))),
  remove: (th, a) =>
    runOrCoro(
      (function* () {
        const k = one('set.remove', a, 1);
        if (!(yield* setDiscardCo(th, selfSet(a), k))) throw keyErrorFor(k);
        return null;
      })(),
    ),
  pop: (_th, a) => {
    none('set.pop', a);
    const s = selfSet(a);
    if (s.used === 0) throw exc(E.KeyError!, 'pop from an empty set');
    let i = s.finger & s.mask;
    while (s.keys[i] === undefined || s.keys[i] === DUMMY) i = (i + 1) & s.mask;
    const k = s.keys[i] as Value;
    s.keys[i] = DUMMY;
    s.hashes[i] = -1;
    s.used--;
    s.finger = i + 1;
    return k;
  },
  clear: (_th, a) => {
    none('set.clear', a);
    selfSet(a).clear();
    return null;
  },
  update: (th, a) =>
    runOrCoro(
      (function* () {
        for (const o of a.slice(1)) yield* setUpdateCo(th, selfSet(a), o);
        return null;
      })(),
    ),
  intersection_update: (th, a) =>
    runOrCoro(
      (function* () {
        const s = selfSet(a);
        let r = s;
        for (const o of a.slice(1)) r = yield* intersection(th, r, o);
        if (r !== s) takeBody(s, r);
        return null;
      })(),
    ),
  difference_update: (th, a) =>
    runOrCoro(
      (function* () {
        for (const o of a.slice(1)) yield* differenceUpdate(th, selfSet(a), o);
        return null;
      })(),
    ),
  symmetric_difference_update: (th, a) =>
    runOrCoro(
      (function* () {
        yield* symmetricDifferenceUpdate(th, selfSet(a), one('symmetric_difference_update', a, 1));
        return null;
      })(),
    ),
});
T.set.ns.setStr('__hash__', null);

statics(T.frozenset, {
  __new__: (th, args, kw) => {
    const cls = args[0] as PyClass;
    if (kw !== null && kw.size > 0) throw typeErr('frozenset() takes no keyword arguments');
    if (args.length > 2) throw typeErr(`frozenset expected at most 1 argument, got ${args.length - 1}`);
    const src = args[1];
    if (src instanceof PySet && src.cls === T.frozenset && cls === T.frozenset) return src;
    const s = cls.alloc(cls) as PySet;
    if (src === undefined) return s;
    return runOrCoro(
      (function* () {
        yield* setUpdateCo(th, s, src);
        return s;
      })(),
    );
  },
});

methods(T.frozenset, {
  ...COMMON,
  __hash__: (_th, a) => frozensetHash(selfSet(a)),
});
