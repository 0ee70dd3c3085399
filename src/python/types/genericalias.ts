/**
 * What annotations evaluate to since Python 3.9/3.10: `list[int]` is a types.GenericAlias
 * (PEP 585: the builtin containers have __class_getitem__) and `int | None` a
 * types.UnionType (PEP 604: type.__or__). Both keep their parts in __origin__/__args__,
 * print as written, compare by their parts; a GenericAlias called makes its origin, and
 * a UnionType works as isinstance()'s second argument. Type-variable substitution
 * (`dict[str, T][int]`) is left to typing's own aliases.
 */
import { Coro, type Gen, callReq } from '../objects/coro.js';
import { typeErr } from '../objects/exceptions.js';
import { PyClassMethod } from '../objects/function.js';
import { fn, getsets, methods } from '../objects/native.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { NotImplemented, builtinClass, dequeClass } from '../objects/boot.js';
import { hashTuple } from '../objects/hash.js';
import type { Thread } from '../objects/thread.js';
import { runOrCoro } from '../runtime/dunder.js';
import { getAttrOr } from '../runtime/attr.js';
import { hashCo } from '../runtime/hashing.js';
import { reprCo } from '../runtime/repr.js';
import { eqBool } from '../runtime/compare.js';

export const genericAliasClass = builtinClass('types.GenericAlias', T.object, null, 'types', 'GenericAlias');
delete T['types.GenericAlias'];
export const unionTypeClass = builtinClass('types.UnionType', T.object, null, 'types', 'UnionType');
delete T['types.UnionType'];

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: Value,
    readonly args: PyTuple,
  ) {
    super(genericAliasClass);
  }
}

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(unionTypeClass);
  }
}

/** The text of one argument as CPython's ga_repr/union_repr write it (`int`, `__main__.P`, `...`). */
function* argRepr(th: Thread, v: Value): Gen<string> {
  if (v === null) return 'None';
  if (v instanceof PyClass) {
    if (v === T.NoneType) return 'None';
    const mod = v.builtin ? v.module : v.ns.getStr('__module__');
    return mod === 'builtins' ? v.qualname : `${typeof mod === 'string' ? mod : '?'}.${v.qualname}`;
  }
  if (typeOf(v).name === 'ellipsis') return '...';
  return yield* reprCo(th, v);
}

/** The type variables among args (what has __typing_subst__), and theirs, in order. */
function* parametersOf(th: Thread, args: Value[]): Gen<PyTuple> {
  const out: Value[] = [];
  for (const a of args) {
    if (a instanceof PyClass || a === null || typeof a !== 'object') continue;
    if ((yield* getAttrOr(th, a, '__typing_subst__')) !== undefined) {
      if (!out.includes(a)) out.push(a);
      continue;
    }
    const ps = yield* getAttrOr(th, a, '__parameters__');
    if (ps instanceof PyTuple) for (const p of ps.items) if (!out.includes(p)) out.push(p);
  }
  return new PyTuple(out);
}

const unionable = (v: Value): boolean => v === null || v instanceof PyClass || v instanceof PyGenericAlias || v instanceof PyUnion;

/** a | b for types: a UnionType of both (flattened, duplicates dropped), or NotImplemented. */
export function unionOf(a: Value, b: Value): Value {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const items: Value[] = [];
  for (const v of [a, b]) {
    for (const x of v instanceof PyUnion ? v.args.items : [v === null ? T.NoneType : v]) {
      if (!items.some((y) => y === x || (x instanceof PyGenericAlias && y instanceof PyGenericAlias && sameAlias(x, y)))) items.push(x);
    }
  }
  return items.length === 1 ? items[0]! : new PyUnion(new PyTuple(items));
}

const sameAlias = (x: PyGenericAlias, y: PyGenericAlias): boolean =>
  x.origin === y.origin && x.args.items.length === y.args.items.length && x.args.items.every((v, i) => v === y.args.items[i]);

const ga = (v: Value): PyGenericAlias => {
  if (!(v instanceof PyGenericAlias)) throw typeErr(`descriptor requires a 'types.GenericAlias' object but received a '${typeOf(v).name}'`);
  return v;
};
const un = (v: Value): PyUnion => {
  if (!(v instanceof PyUnion)) throw typeErr(`descriptor requires a 'types.UnionType' object but received a '${typeOf(v).name}'`);
  return v;
};

/** X[args]: a GenericAlias of X (a tuple subscript gives several arguments). */
export function genericAlias(origin: Value, item: Value): PyGenericAlias {
  return new PyGenericAlias(origin, item instanceof PyTuple ? item : new PyTuple([item]));
}

methods(genericAliasClass, {
  __repr__: (th, a) =>
    runOrCoro(
      (function* () {
        const g = ga(a[0]!);
        const parts: string[] = [];
        for (const x of g.args.items) parts.push(x instanceof PyTuple && x.items.length === 0 ? '()' : yield* argRepr(th, x));
        return `${yield* argRepr(th, g.origin)}[${parts.length > 0 ? parts.join(', ') : '()'}]`;
      })(),
    ),
  __call__: (_th, a, kw) => {
    const g = ga(a[0]!);
    return new Coro(
      (function* () {
        return yield callReq(g.origin, a.slice(1), kw);
      })(),
    );
  },
  __mro_entries__: (_th, a) => new PyTuple([ga(a[0]!).origin]),
  __getitem__: (th, a) => {
    const g = ga(a[0]!);
    return runOrCoro(
      (function* () {
        const params = yield* parametersOf(th, g.args.items);
        if (params.items.length === 0) throw typeErr(`${yield* reprCo(th, g)} is not a generic class`);
        const given = a[1] instanceof PyTuple ? a[1].items : [a[1]!];
        if (given.length !== params.items.length) {
          throw typeErr(`Too ${given.length > params.items.length ? 'many' : 'few'} arguments for ${yield* reprCo(th, g)}; actual ${given.length}, expected ${params.items.length}`);
        }
        const sub = g.args.items.map((x) => {
          const i = params.items.indexOf(x);
          return i >= 0 ? given[i]! : x;
        });
        return new PyGenericAlias(g.origin, new PyTuple(sub));
      })(),
    );
  },
  __eq__: (th, a) => {
    const [x, y] = [ga(a[0]!), a[1]!];
    if (!(y instanceof PyGenericAlias)) return NotImplemented;
    return runOrCoro(
      (function* () {
        return (yield* eqBool(th, x.origin, y.origin)) && (yield* eqBool(th, x.args, y.args));
      })(),
    );
  },
  __hash__: (th, a) => {
    const g = ga(a[0]!);
    return runOrCoro(
      (function* () {
        return hashTuple([yield* hashCo(th, g.origin), yield* hashCo(th, g.args)]);
      })(),
    );
  },
  __or__: (_th, a) => unionOf(a[0]!, a[1]!),
  __ror__: (_th, a) => unionOf(a[1]!, a[0]!),
  __getattr__: (th, a) => {
    const g = ga(a[0]!);
    const name = a[1];
    if (typeof name !== 'string' || name.startsWith('__')) throw typeErr('attribute name must be a public name');
    return runOrCoro(
      (function* () {
        const v = yield* getAttrOr(th, g.origin, name);
        if (v === undefined) throw typeErr(`'types.GenericAlias' object has no attribute '${name}'`);
        return v;
      })(),
    );
  },
});
getsets(genericAliasClass, {
  __origin__: (_th, v) => ga(v).origin,
  __args__: (_th, v) => ga(v).args,
  __parameters__: (th, v) => runOrCoro(parametersOf(th, ga(v).args.items)),
});

methods(unionTypeClass, {
  __repr__: (th, a) =>
    runOrCoro(
      (function* () {
        const parts: string[] = [];
        for (const x of un(a[0]!).args.items) parts.push(yield* argRepr(th, x));
        return parts.join(' | ');
      })(),
    ),
  __eq__: (_th, a) => {
    const [x, y] = [un(a[0]!), a[1]!];
    if (!(y instanceof PyUnion)) return NotImplemented;
    return x.args.items.length === y.args.items.length && x.args.items.every((v) => y.args.items.includes(v));
  },
  __hash__: (th, a) =>
    runOrCoro(
      (function* () {
        let h = 0n;
        for (const x of un(a[0]!).args.items) h ^= BigInt(yield* hashCo(th, x));
        return Number(BigInt.asIntN(52, h));
      })(),
    ),
  __or__: (_th, a) => unionOf(a[0]!, a[1]!),
  __ror__: (_th, a) => unionOf(a[1]!, a[0]!),
});
getsets(unionTypeClass, {
  __args__: (_th, v) => un(v).args,
  __parameters__: (th, v) => runOrCoro(parametersOf(th, un(v).args.items)),
});

// PEP 585: the builtin classes that can be subscripted in annotations.
const classGetitem = new PyClassMethod(fn('__class_getitem__', (_th, a) => genericAlias(a[0]!, a[1]!)));
for (const cls of [T.list, T.dict, T.tuple, T.set, T.frozenset, T.type, dequeClass, T.enumerate, T.reversed, T.zip, T.map, T.filter]) {
  if (cls !== undefined && cls.ns.getStr('__class_getitem__') === undefined) cls.ns.setStr('__class_getitem__', classGetitem);
}

// PEP 604: X | Y on classes.
methods(T.type, {
  __or__: (_th, a) => unionOf(a[0]!, a[1]!),
  __ror__: (_th, a) => unionOf(a[1]!, a[0]!),
});
