/**
 * dict: constructor, methods, views, and the dunders used by subclasses
 * (`__missing__` is honoured by d[k] in runtime/subscript.ts).
 */
import { NotImplemented } from '../objects/boot.js';
import { type Gen, type NativeResult } from '../objects/coro.js';
import { PyDict, SLOW } from '../objects/dict.js';
import { E, exc, keyErr, typeErr } from '../objects/exceptions.js';
import { DictIter, DictView } from '../objects/iterators.js';
import { clinic, methods, none, one, statics, unpack } from '../objects/native.js';
import { PyClass, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { BinOp, Cmp } from '../runtime/operators.js';
import { Coro } from '../objects/coro.js';
import { PySet } from '../objects/set.js';
import { setUpdateCo } from '../runtime/collections.js';
import { setContainsCo } from '../runtime/settable.js';
import { setAlgebra } from '../runtime/setops.js';
import { contains } from '../runtime/contains.js';
import type { Thread } from '../objects/thread.js';
import { dictFind, dictRemove, dictSetCo, dictUpdateCo, findKey as findFast } from '../runtime/collections.js';
import { eqBool } from '../runtime/compare.js';
import { guarded, itemRepr } from '../runtime/repr.js';
import { runOrCoro } from '../runtime/dunder.js';
import { dictItem, dictSetDel } from '../runtime/subscript.js';
import { listOf } from '../runtime/iter.js';
import { keyErrorFor } from '../runtime/keyerror.js';
import { seqBinary } from '../runtime/seqops.js';

function selfDict(a: Value[]): PyDict {
  const d = a[0];
  if (!(d instanceof PyDict)) throw typeErr(`descriptor requires a 'dict' object but received a '${typeOf(d!).name}'`);
  return d;
}

export function* dictRepr(th: Thread, d: PyDict): Gen<string> {
  return yield* guarded(th, d, '{...}', function* () {
    const parts: string[] = [];
    for (const e of [...d.entries()]) {
      if (e.value === undefined) continue;
      parts.push(`${yield* itemRepr(th, e.key)}: ${yield* itemRepr(th, e.value)}`);
    }
    return `{${parts.join(', ')}}`;
  });
}

function* dictEq(th: Thread, a: PyDict, b: PyDict): Gen<boolean> {
  if (a.size !== b.size) return false;
  for (const e of [...a.entries()]) {
    const o = yield* dictFind(th, b, e.key);
    if (o === undefined) return false;
    if (!(yield* eqBool(th, e.value!, o.value!))) return false;
  }
  return true;
}

/** dict(...) / d.update(...): a mapping or iterable of pairs, then keyword arguments. */
function* update(th: Thread, d: PyDict, args: Value[], kw: Map<string, Value> | null, name: string): Gen {
  if (args.length > 1) throw typeErr(`${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) yield* dictUpdateCo(th, d, args[0]!, null);
  for (const [k, v] of kw ?? []) yield* dictSetCo(th, d, k, v);
  return null;
}

statics(T.dict, {
  __new__: (_th, args) => {
    const cls = args[0] as PyClass;
    return cls.alloc(cls);
  },
  fromkeys: (th, args) => {
    unpack('fromkeys', args, 1, 2);
    const [iterable, value] = args;
    return runOrCoro(
      (function* () {
        const d = new PyDict();
        for (const k of yield* listOf(th, iterable!)) yield* dictSetCo(th, d, k, value ?? null);
        return d;
      })(),
    );
  },
});
// fromkeys is a classmethod in CPython; a static function taking the class first is close enough here.
T.dict.ns.setStr('fromkeys', (T.dict.ns.getStr('fromkeys') as unknown as { func: Value }).func);

function* setdefaultCo(th: Thread, d: PyDict, key: Value, dflt: Value): Gen {
  const e = yield* dictFind(th, d, key);
  if (e !== undefined) return e.value!;
  yield* dictSetCo(th, d, key, dflt);
  return dflt;
}

methods(T.dict, {
  __init__: (th, a, kw) => runOrCoro(update(th, selfDict(a), a.slice(1), kw, 'dict')),
  __repr__: (th, a) => runOrCoro(dictRepr(th, selfDict(a))),
  __len__: (_th, a) => selfDict(a).size,
  __iter__: (_th, a) => new DictIter(selfDict(a), [...selfDict(a).entries()], 0),
  __getitem__: (th, a) => dictItem(th, selfDict(a), a[1]!),
  __setitem__: (th, a) => dictSetDel(th, selfDict(a), a[1]!, a[2]!),
  __delitem__: (th, a) => dictSetDel(th, selfDict(a), a[1]!, undefined),
  __contains__: (th, a) => {
    const e = findFast(selfDict(a), a[1]!);
    if (e !== SLOW) return e !== undefined;
    return runOrCoro((function* () { return (yield* dictFind(th, selfDict(a), a[1]!)) !== undefined; })());
  },
  __eq__: (th, a) => (a[1] instanceof PyDict ? runOrCoro(dictEq(th, selfDict(a), a[1])) : NotImplemented),
  __ne__: (th, a) => (a[1] instanceof PyDict ? runOrCoro((function* () { return !(yield* dictEq(th, selfDict(a), a[1] as PyDict)); })()) : NotImplemented),
  __or__: (th, a) => (a[1] instanceof PyDict ? (seqBinary(th, selfDict(a), a[1], 11) ?? NotImplemented) : NotImplemented),
  __ior__: (th, a) => seqBinary(th, selfDict(a), a[1]!, 16 + 11) ?? NotImplemented,
  __reversed__: (_th, a) => new DictIter(selfDict(a), [...selfDict(a).entries()].reverse(), 0),
  keys: (_th, a) => (none('dict.keys', a), new DictView(selfDict(a), 0)),
  values: (_th, a) => (none('dict.values', a), new DictView(selfDict(a), 1)),
  items: (_th, a) => (none('dict.items', a), new DictView(selfDict(a), 2)),
  get: (th, a) => {
    const n = a.length;
    if (n < 2 || n > 3) clinic('get', a, 1, 2, 1);
    const d = selfDict(a);
    const dflt = n === 3 ? a[2]! : null;
    const e = findFast(d, a[1]!);
    if (e !== SLOW) return e === undefined ? dflt : e.value!;
    return runOrCoro((function* () { const e2 = yield* dictFind(th, d, a[1]!); return e2 === undefined ? dflt : e2.value!; })());
  },
  setdefault: (th, a) => {
    clinic('setdefault', a, 1, 2, 1);
    const d = selfDict(a);
    const e = findFast(d, a[1]!);
    if (e !== SLOW && e !== undefined) return e.value!;
    return runOrCoro(setdefaultCo(th, d, a[1]!, a[2] ?? null));
  },
  pop: (th, a) => {
    clinic('pop', a, 1, 2, 1);
    const d = selfDict(a);
    return runOrCoro(
      (function* () {
        const e = yield* dictRemove(th, d, a[1]!);
        if (e !== undefined) return e.value!;
        if (a.length > 2) return a[2]!;
        throw keyErrorFor(a[1]!);
      })(),
    );
  },
  popitem: (_th, a) => {
    none('dict.popitem', a);
    const d = selfDict(a);
    const entries = [...d.entries()];
    const last = entries[entries.length - 1];
    if (!last) throw exc(E.KeyError!, 'popitem(): dictionary is empty');
    const value = last.value!;
    d.removeEntry(last);
    return new PyTuple([last.key, value]);
  },
  update: (th, a, kw) => runOrCoro(update(th, selfDict(a), a.slice(1), kw, 'update')),
  clear: (_th, a) => {
    none('dict.clear', a);
    selfDict(a).clear();
    return null;
  },
  copy: (_th, a) => {
    none('dict.copy', a);
    return selfDict(a).copy(T.dict);
  },
});
T.dict.ns.setStr('__hash__', null);

/** keys() and items() views are set-like: & | - ^ give sets, as CPython's do. */
function viewOp(op: number, reflected: boolean) {
  return (th: Thread, a: Value[]): NativeResult =>
    runOrCoro(
      (function* () {
        const mine = new PySet();
        yield* setUpdateCo(th, mine, a[0]!);
        const other = new PySet();
        yield* setUpdateCo(th, other, a[1]!);
        const [x, y] = reflected ? [other, mine] : [mine, other];
        const r = setAlgebra(th, x, y, op, false)!;
        return r instanceof Coro ? yield* r.gen : r;
      })(),
    );
}

const VIEW_SET_OPS = {
  __and__: viewOp(BinOp.AND, false),
  __rand__: viewOp(BinOp.AND, true),
  __or__: viewOp(BinOp.OR, false),
  __ror__: viewOp(BinOp.OR, true),
  __sub__: viewOp(BinOp.SUB, false),
  __rsub__: viewOp(BinOp.SUB, true),
  __xor__: viewOp(BinOp.XOR, false),
  __rxor__: viewOp(BinOp.XOR, true),
  isdisjoint: (th: Thread, a: Value[]) =>
    runOrCoro(
      (function* () {
        for (const x of yield* listOf(th, a[1]!)) if (yield* viewContains(th, a[0] as DictView, x)) return false;
        return true;
      })(),
    ),
};

function* viewContains(th: Thread, v: DictView, x: Value): Gen<boolean> {
  const r = contains(th, v, x);
  return (r instanceof Coro ? yield* r.gen : r) as boolean;
}

// Views: keys/values/items.
for (const cls of [T.dict_keys, T.dict_values, T.dict_items]) {
  const name = cls.name;
  methods(cls, {
    __len__: (_th, a) => (a[0] as DictView).d.size,
    __iter__: (_th, a) => new DictIter((a[0] as DictView).d, [...(a[0] as DictView).d.entries()], (a[0] as DictView).kind),
    __reversed__: (_th, a) => new DictIter((a[0] as DictView).d, [...(a[0] as DictView).d.entries()].reverse(), (a[0] as DictView).kind),
    __repr__: (th, a) =>
      runOrCoro(
        (function* () {
          const v = a[0] as DictView;
          const parts: string[] = [];
          for (const e of [...v.d.entries()]) {
            if (v.kind === 0) parts.push(yield* itemRepr(th, e.key));
            else if (v.kind === 1) parts.push(yield* itemRepr(th, e.value!));
            else parts.push(`(${yield* itemRepr(th, e.key)}, ${yield* itemRepr(th, e.value!)})`);
          }
          return `${name}([${parts.join(', ')}])`;
        })(),
      ),
    __eq__: (th, a) => {
      const v = a[0] as DictView;
      const o = a[1]!;
      if (v.kind === 1) return a[0] === o;
      if (o instanceof PySet) {
        return runOrCoro(
          (function* () {
            if (v.d.size !== o.used) return false;
            for (const e of [...v.d.entries()]) {
              const k = v.kind === 0 ? e.key : new PyTuple([e.key, e.value!]);
              if (!(yield* viewContains(th, v, k)) || !(yield* setContainsCo(th, o, k))) return false;
            }
            return true;
          })(),
        );
      }
      if (!(o instanceof DictView) || o.kind !== v.kind) return NotImplemented;
      return runOrCoro(
        (function* () {
          if (v.d.size !== o.d.size) return false;
          for (const e of [...v.d.entries()]) {
            const f = yield* dictFind(th, o.d, e.key);
            if (f === undefined) return false;
            if (v.kind === 2 && !(yield* eqBool(th, e.value!, f.value!))) return false;
          }
          return true;
        })(),
      );
    },
    mapping: (_th, a) => (a[0] as DictView).d,
    ...(cls === T.dict_values ? {} : VIEW_SET_OPS),
  });
}

export { one, PyList, Cmp, keyErr };
