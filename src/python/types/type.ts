/**
 * `type`: creating classes (the `class` statement's __build_class__, and
 * type(name, bases, ns)), the class attributes CPython computes (__name__,
 * __mro__, ...), and super().
 */
import { Coro, type Gen, type Kw, callReq } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, type PyBaseException, exc, typeErr } from '../objects/exceptions.js';
import { Cell, PyClassMethod, PyFunction, PyProperty, PyStaticMethod, PySuper } from '../objects/function.js';
import { fn, getsets, methods, statics } from '../objects/native.js';
import { PyClass, type Value, c3, c3Conflict } from '../objects/object.js';
import { PyTuple, tuple, PyList } from '../objects/tuple.js';
import { T, isInstance, typeOf } from '../objects/types.js';
import { Frame } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { callClass } from '../runtime/typecall.js';
import { className } from '../runtime/repr.js';
import { runOrCoro } from '../runtime/dunder.js';
import { getAttrCo, getAttrOr } from '../runtime/attr.js';

const NOT_BASE = new Set(['bool', 'range', 'slice', 'NoneType', 'function', 'builtin_function_or_method', 'method', 'generator', 'memoryview', 'ellipsis', 'NotImplementedType']);

/** The most derived metaclass among `meta` and the bases' classes. */
function winner(meta: PyClass, bases: PyClass[]): PyClass {
  let w = meta;
  for (const b of bases) {
    const bm = b.cls;
    if (w.isSubclassOf(bm)) continue;
    if (bm.isSubclassOf(w)) {
      w = bm;
      continue;
    }
    throw typeErr('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return w;
}

/** type.__new__(meta, name, bases, ns): a new class. */
export function newClass(meta: PyClass, name: string, basesIn: Value[], ns: PyDict): PyClass {
  const bases: PyClass[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyClass)) throw typeErr(`bases must be types`);
    if (b.builtin && NOT_BASE.has(b.name)) throw typeErr(`type '${b.name}' is not an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(T.object);
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) if (bases[i] === bases[j]) throw typeErr(`duplicate base class ${bases[i]!.name}`);
  }
  const solids = new Set(bases.map((b) => b.solid).filter((s) => s !== T.object));
  if (solids.size > 1 && ![...solids].every((s) => [...solids].every((t) => s.isSubclassOf(t) || t.isSubclassOf(s)))) {
    throw typeErr('multiple bases have instance lay-out conflict');
  }
  const space = new PyDict();
  for (const e of ns.entries()) space.set(e.key, e.value!);
  const module = space.getStr('__module__');
  const qual = space.getStr('__qualname__');
  space.remove('__qualname__');
  space.remove('__classcell__');
  const cls = new PyClass(meta, name, bases, space, typeof module === 'string' ? module : 'builtins', typeof qual === 'string' ? qual : name, false, null);
  const mro = c3(cls, bases);
  if (mro === null) throw typeErr(`Cannot create a consistent method resolution\norder (MRO) for bases ${c3Conflict.map((b) => b.name).join(', ')}`);
  cls.mro = mro;
  const newFn = space.getStr('__new__');
  if (newFn instanceof PyFunction) space.setStr('__new__', new PyStaticMethod(newFn));
  for (const k of ['__init_subclass__', '__class_getitem__']) {
    const f = space.getStr(k);
    if (f instanceof PyFunction) space.setStr(k, new PyClassMethod(f));
  }
  if (space.getStr('__eq__') !== undefined && space.getStr('__hash__') === undefined) space.setStr('__hash__', null);
  if (space.getStr('__doc__') === undefined) space.setStr('__doc__', null);
  computeAbstract(cls);
  return cls;
}

/** abc: the abstract methods a class leaves unimplemented (only under ABCMeta). */
function computeAbstract(cls: PyClass): void {
  if (!cls.cls.mro.some((m) => m.name === 'ABCMeta')) return;
  const names = new Set<string>();
  for (const e of cls.ns.entries()) if (isAbstract(e.value!)) names.add(e.key as string);
  for (const b of cls.bases) {
    for (const n of b.abstract ?? []) {
      const v = cls.lookup(n);
      if (v !== undefined && isAbstract(v)) names.add(n);
    }
  }
  cls.abstract = names.size > 0 ? [...names] : null;
}

function isAbstract(v: Value): boolean {
  const f = v instanceof PyStaticMethod || v instanceof PyClassMethod ? v.func : v;
  if (f instanceof PyFunction) return f.dict?.getStr('__isabstractmethod__') === true;
  if (f !== null && typeof f === 'object' && 'fget' in f) return isAbstract((f as { fget: Value }).fget);
  return false;
}

/** __build_class__(body, name, *bases, metaclass=..., **kw): runs the body, makes the class. */
export function* buildClass(th: Thread, args: Value[], kw: Kw | null): Gen {
  const [body, name, ...origBases] = args;
  if (!(body instanceof PyFunction)) throw typeErr('__build_class__: func must be a function');
  if (typeof name !== 'string') throw typeErr('__build_class__: name is not a string');
  const bases = yield* mroEntries(th, origBases);
  const rest: Kw = new Map(kw ?? []);
  let meta = rest.get('metaclass') as PyClass | undefined;
  rest.delete('metaclass');
  const classBases = bases.filter((b): b is PyClass => b instanceof PyClass);
  if (meta === undefined) meta = classBases.length > 0 ? classBases[0]!.cls : T.type;
  if (meta instanceof PyClass) meta = winner(meta, classBases);
  const prepare = meta instanceof PyClass && !meta.builtin && meta.lookup('__prepare__') !== undefined ? yield* getAttrCo(th, meta, '__prepare__') : undefined;
  const ns = prepare !== undefined ? ((yield callReq(prepare, [name, new PyTuple(bases)], rest.size > 0 ? rest : null)) as PyDict) : new PyDict();
  if (bases !== origBases) ns.setStr('__orig_bases__', new PyTuple(origBases));
  const cell = yield { k: 'body', fn: body, ns };
  let cls: Value;
  if (meta === T.type) {
    const made = newClass(T.type, name, bases, ns);
    yield* initSubclass(th, made, rest);
    cls = made;
  } else cls = yield callReq(meta!, [name, new PyTuple(bases), ns], rest.size > 0 ? rest : null);
  if (cell instanceof Cell) cell.value = cls;
  return cls;
}

/**
 * PEP 560: a base that is not a class (`Generic[T]`, a typing alias) names the classes
 * to use instead through its __mro_entries__(bases). Returns `bases` itself when none does.
 */
function* mroEntries(th: Thread, bases: Value[]): Gen<Value[]> {
  if (bases.every((b) => b instanceof PyClass)) return bases;
  const orig = new PyTuple(bases.slice());
  const out: Value[] = [];
  let changed = false;
  for (const b of bases) {
    const m = b instanceof PyClass ? undefined : yield* getAttrOr(th, b, '__mro_entries__');
    if (m === undefined) {
      out.push(b);
      continue;
    }
    const r = yield callReq(m, [orig]);
    if (!(r instanceof PyTuple)) throw typeErr('__mro_entries__ must return a tuple');
    out.push(...r.items);
    changed = true;
  }
  return changed ? out : bases;
}

/** Calls __set_name__ on descriptors and the parent's __init_subclass__. */
function* initSubclass(th: Thread, cls: PyClass, kw: Kw): Gen<void> {
  for (const e of [...cls.ns.entries()]) {
    if (e.value instanceof PyProperty && typeof e.key === 'string') e.value.name ??= e.key;
    const sn = typeOf(e.value!).lookup('__set_name__');
    if (sn !== undefined && !typeOf(e.value!).builtin) yield callReq(sn, [e.value!, cls, e.key]);
  }
  const parent = cls.mro[1]!;
  const init = parent.lookup('__init_subclass__');
  if (init === undefined) return;
  const f = init instanceof PyClassMethod ? init.func : init;
  if (f === (T.object.ns.getStr('__init_subclass__') as PyClassMethod).func) {
    if (kw.size > 0) throw typeErr(`${cls.name}.__init_subclass__() takes no keyword arguments`);
    return;
  }
  yield callReq(f, [cls], kw.size > 0 ? kw : null);
  void th;
}

statics(T.type, {
  __new__: (th, args, kw) => {
    const meta = args[0] as PyClass;
    if (args.length === 2 && meta === T.type) return typeOf(args[1]!);
    if (args.length !== 4) throw typeErr('type() takes 1 or 3 arguments');
    const [, name, bases, ns] = args;
    if (typeof name !== 'string') throw typeErr(`type.__new__() argument 1 must be str, not ${typeOf(name!).name}`);
    if (!(bases instanceof PyTuple)) throw typeErr(`type.__new__() argument 2 must be tuple, not ${typeOf(bases!).name}`);
    if (!(ns instanceof PyDict)) throw typeErr(`type.__new__() argument 3 must be dict, not ${typeOf(ns!).name}`);
    const copy = new PyDict();
    for (const e of ns.entries()) copy.set(e.key, e.value!);
    if (copy.getStr('__module__') === undefined) {
      const g = th.top instanceof Frame ? th.top.globals.getStr('__name__') : null;
      copy.setStr('__module__', g ?? 'builtins');
    }
    const cls = newClass(meta, name, bases.items, copy);
    return runOrCoro(
      (function* () {
        yield* initSubclass(th, cls, kw ?? new Map());
        return cls;
      })(),
    );
  },
});

methods(T.type, {
  __call__: (th, args, kw) => {
    const r = callClass(th, args[0] as PyClass, args.slice(1), kw);
    if (r instanceof Frame) return new Coro((function* () { return yield callReq(args[0]!, args.slice(1), kw); })());
    return r;
  },
  __init__: () => null,
  __repr__: (_th, args) => `<class '${className(args[0] as PyClass)}'>`,
  mro: (_th, args) => new PyList([...(args[0] as PyClass).mro]),
  __subclasses__: () => new PyList([]),
  __instancecheck__: (_th, args) => isInstance(args[1]!, args[0] as PyClass),
  __subclasscheck__: (_th, args) => (args[1] as PyClass).isSubclassOf(args[0] as PyClass),
});

getsets(T.type, {
  __name__: [(_th, c) => (c as PyClass).name, (_th, c, v) => void ((c as PyClass).name = v as string)],
  __qualname__: [(_th, c) => (c as PyClass).qualname, (_th, c, v) => void ((c as PyClass).qualname = v as string)],
  __module__: [
    (_th, c) => {
      const cls = c as PyClass;
      return cls.builtin ? cls.module : (cls.ns.getStr('__module__') ?? 'builtins');
    },
    (_th, c, v) => {
      const cls = c as PyClass;
      if (cls.builtin) throw typeErr(`cannot set '__module__' attribute of immutable type '${cls.name}'`);
      cls.ns.setStr('__module__', v ?? null);
      cls.changed();
    },
  ],
  __bases__: (_th, c) => tuple((c as PyClass).bases.slice()),
  __base__: (_th, c) => (c as PyClass).bases[0] ?? null,
  __mro__: (_th, c) => tuple((c as PyClass).mro.slice()),
  __dict__: (_th, c) => (c as PyClass).ns,
  __doc__: [
    (_th, c) => ((c as PyClass).ns.getStr('__doc__') ?? null),
    (_th, c, v) => {
      const cls = c as PyClass;
      if (cls.builtin) throw typeErr(`cannot set '__doc__' attribute of immutable type '${cls.name}'`);
      cls.ns.setStr('__doc__', v ?? null);
      cls.changed();
    },
  ],
  // A class's own annotations (made empty on first use, never a base's), as in CPython 3.10+.
  __annotations__: [
    (_th, c) => {
      const cls = c as PyClass;
      const own = cls.ns.getStr('__annotations__');
      if (own !== undefined) return own;
      if (cls.builtin) throw exc(E.AttributeError!, `type object '${cls.name}' has no attribute '__annotations__'`);
      const d = new PyDict();
      cls.ns.setStr('__annotations__', d);
      cls.changed();
      return d;
    },
    (_th, c, v) => {
      const cls = c as PyClass;
      if (cls.builtin) throw typeErr(`cannot set '__annotations__' attribute of immutable type '${cls.name}'`);
      cls.ns.setStr('__annotations__', v ?? null);
      cls.changed();
    },
  ],
  __abstractmethods__: (_th, c) => {
    const a = (c as PyClass).abstract;
    if (a === null) throw typeErr('__abstractmethods__');
    return tuple(a.slice());
  },
});

/** super() and super(cls, obj). */
export const superNew = fn('super', (th, args) => {
  if (args.length === 0) {
    const f = th.top;
    if (!(f instanceof Frame)) throw runtime('super(): no arguments');
    const code = f.code;
    if (code.argcount === 0 && !(code.flags & 1)) throw runtime('super(): no arguments');
    const ci = code.freevars.indexOf('__class__');
    if (ci < 0) throw runtime('super(): __class__ cell not found');
    const cls = f.cells![code.cellvars.length + ci]!.value;
    if (!(cls instanceof PyClass)) throw runtime('super(): empty __class__ cell');
    const c0 = code.cellvars.indexOf(code.varnames[0]!);
    const self = c0 >= 0 ? f.cells![c0]!.value : f.regs[0];
    if (self === undefined) throw runtime('super(): arg[0] deleted');
    return makeSuper(cls, self);
  }
  const [cls, obj] = args;
  if (!(cls instanceof PyClass)) throw typeErr(`super() argument 1 must be a type, not ${typeOf(cls!).name}`);
  if (obj === undefined) throw typeErr('super(): unbound super objects are not supported by forkscope');
  return makeSuper(cls, obj);
});

const runtime = (msg: string): PyBaseException => exc(E.RuntimeError!, msg);

function makeSuper(cls: PyClass, obj: Value): PySuper {
  if (obj instanceof PyClass && obj.isSubclassOf(cls)) return new PySuper(cls, obj, obj);
  const t = typeOf(obj);
  if (!t.isSubclassOf(cls)) throw typeErr('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls, obj, t);
}

methods(T.super, {
  __repr__: (_th, args) => {
    const s = args[0] as PySuper;
    return `<super: <class '${s.thisClass.name}'>, <${s.objType.name} object>>`;
  },
});
getsets(T.super, {
  __thisclass__: (_th, s) => (s as PySuper).thisClass,
  __self__: (_th, s) => (s as PySuper).obj,
  __self_class__: (_th, s) => (s as PySuper).objType,
});
