/**
 * Attribute access: object.__getattribute__/__setattr__/__delattr__ semantics
 * (data descriptors, instance dict, non-data descriptors, `__getattr__`),
 * type.__getattribute__ for classes, module attributes, and LOAD_METHOD's
 * unbound-method shortcut. Errors carry `name` and `obj` for suggestions.
 */
import { Coro, type Gen, type NativeResult, callReq } from '../objects/coro.js';
import { E, PyBaseException, exc, typeErr } from '../objects/exceptions.js';
import { PyBuiltin, PyClassMethod, PyFunction, PyMethod, PyProperty, PyStaticMethod, PySuper } from '../objects/function.js';
import { PyGetSet } from '../objects/getset.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { T, typeOf } from '../objects/types.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import type { Thread } from '../objects/thread.js';
import { callFnCo, runOrCoro } from './dunder.js';

const objGetattribute = (): Value | undefined => T.object.ns.getStr('__getattribute__');
const objSetattr = (): Value | undefined => T.object.ns.getStr('__setattr__');
const objDelattr = (): Value | undefined => T.object.ns.getStr('__delattr__');

export function attrError(obj: Value, name: string): PyBaseException {
  let msg: string;
  if (obj instanceof PyModule) msg = `module '${obj.name}' has no attribute '${name}'`;
  else if (obj instanceof PyClass) msg = `type object '${obj.name}' has no attribute '${name}'`;
  else msg = `'${typeOf(obj).name}' object has no attribute '${name}'`;
  const e = exc(E.AttributeError!, msg);
  e.dict!.setStr('name', name);
  e.dict!.setStr('obj', obj);
  return e;
}

/** A user object that is a descriptor: its type defines __get__ (and whether __set__/__delete__). */
function userDescriptor(d: Value): { get: Value | undefined; data: boolean } | null {
  if (!(d instanceof PyObject) || d.cls.builtin) return null;
  const get = d.cls.lookup('__get__');
  const data = d.cls.lookup('__set__') !== undefined || d.cls.lookup('__delete__') !== undefined;
  if (get === undefined && !data) return null;
  return { get, data };
}

/** Binds a class attribute found for an instance (functions become bound methods). */
function bindFor(th: Thread, d: Value, obj: Value, tp: PyClass): NativeResult {
  if (d instanceof PyFunction) return new PyMethod(d, obj);
  if (d instanceof PyBuiltin) return d.isMethod ? d.bind(obj) : d;
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyClassMethod) return new PyMethod(d.func, tp);
  if (d instanceof PyProperty) return getProperty(th, d, obj);
  if (d instanceof PyGetSet) return d.get(th, obj);
  const ud = userDescriptor(d);
  if (ud && ud.get !== undefined) return runOrCoro(callFnCo(th, ud.get, [d, obj, tp]));
  return d;
}

function getProperty(th: Thread, p: PyProperty, obj: Value): NativeResult {
  if (p.fget === null) {
    throw exc(E.AttributeError!, `property${propName(p)} of '${typeOf(obj).name}' object has no getter`);
  }
  return runOrCoro(callFnCo(th, p.fget, [obj]));
}

function propName(p: PyProperty): string {
  if (p.name !== null) return ` '${p.name}'`;
  const f = p.fget ?? p.fset;
  return f instanceof PyFunction ? ` '${f.name}'` : '';
}

/** getattr(obj, name). */
export function getAttr(th: Thread, obj: Value, name: string): NativeResult {
  if (obj instanceof PyClass) return classGetAttr(th, obj, name);
  if (obj instanceof PySuper) return superGetAttr(th, obj, name);
  const tp = typeOf(obj);
  if (!tp.builtin && tp.lookup('__getattribute__') !== objGetattribute()) {
    return runOrCoro(customGetattribute(th, tp, obj, name));
  }
  const d = tp.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyGetSet) return d.get(th, obj);
    if (d instanceof PyProperty) return getProperty(th, d, obj);
    if (!(d instanceof PyFunction) && !(d instanceof PyBuiltin)) {
      const ud = userDescriptor(d);
      if (ud?.data && ud.get !== undefined) return runOrCoro(callFnCo(th, ud.get, [d, obj, tp]));
    }
  }
  if (obj instanceof PyObject && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return bindFor(th, d, obj, tp);
  return missing(th, tp, obj, name);
}

/** No attribute found: `__getattr__` (type's, or a module's), else AttributeError. */
function missing(th: Thread, tp: PyClass, obj: Value, name: string): NativeResult {
  const ga = tp.builtin ? undefined : tp.lookup('__getattr__');
  if (ga !== undefined && ga !== null) return runOrCoro(callFnCo(th, ga, [obj, name]));
  if (obj instanceof PyModule) {
    const mg = obj.ns.getStr('__getattr__');
    if (mg !== undefined) return runOrCoro(callFnCo(th, mg, [name]));
  }
  throw attrError(obj, name);
}

function* customGetattribute(th: Thread, tp: PyClass, obj: Value, name: string): Gen {
  try {
    return yield* callFnCo(th, tp.lookup('__getattribute__')!, [obj, name]);
  } catch (e) {
    const ga = tp.lookup('__getattr__');
    if (e instanceof PyBaseException && e.cls.isSubclassOf(E.AttributeError!) && ga !== undefined) return yield* callFnCo(th, ga, [obj, name]);
    throw e;
  }
}

/** object.__getattribute__ (what a user `__getattribute__` calls through super()). */
export function genericGetAttr(th: Thread, obj: Value, name: string): NativeResult {
  const tp = typeOf(obj);
  const d = tp.lookup(name);
  if (d instanceof PyGetSet) return d.get(th, obj);
  if (d instanceof PyProperty) return getProperty(th, d, obj);
  if (obj instanceof PyObject && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return bindFor(th, d, obj, tp);
  throw attrError(obj, name);
}

/** super().name: the MRO of the object's type, after the class super() was called in. */
function superGetAttr(th: Thread, s: PySuper, name: string): NativeResult {
  const d = superFind(s, name);
  if (d === undefined) return genericGetAttr(th, s, name);
  if (s.obj instanceof PyClass && s.obj === s.objType) {
    if (d instanceof PyClassMethod) return new PyMethod(d.func, s.obj);
    if (d instanceof PyStaticMethod) return d.func;
    return d;
  }
  return bindFor(th, d, s.obj, s.objType);
}

/** What `name` is in the MRO of the super object's type after the class super() was called in, or undefined. */
function superFind(s: PySuper, name: string): Value | undefined {
  const mro = s.objType.mro;
  for (let i = mro.indexOf(s.thisClass) + 1; i < mro.length; i++) {
    const d = mro[i]!.ns.getStr(name);
    if (d !== undefined) return d;
  }
  return undefined;
}

function classGetAttr(th: Thread, cls: PyClass, name: string): NativeResult {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md instanceof PyGetSet) return md.get(th, cls);
  if (md instanceof PyProperty) return getProperty(th, md, cls);
  const d = cls.lookup(name);
  if (d !== undefined) {
    if (d instanceof PyClassMethod) return new PyMethod(d.func, cls);
    if (d instanceof PyStaticMethod) return d.func;
    if (d instanceof PyGetSet || d instanceof PyProperty || d instanceof PyFunction || d instanceof PyBuiltin) return d;
    const ud = userDescriptor(d);
    if (ud && ud.get !== undefined) return runOrCoro(callFnCo(th, ud.get, [d, null, cls]));
    return d;
  }
  if (md !== undefined) return bindFor(th, md, cls, meta);
  if (!meta.builtin) {
    const ga = meta.lookup('__getattr__');
    if (ga !== undefined) return runOrCoro(callFnCo(th, ga, [cls, name]));
  }
  throw attrError(cls, name);
}

export function* getAttrCo(th: Thread, obj: Value, name: string): Gen {
  const r = getAttr(th, obj, name);
  return r instanceof Coro ? yield* r.gen : r;
}

/** getattr(obj, name, default): undefined when AttributeError. */
export function* getAttrOr(th: Thread, obj: Value, name: string): Gen<Value | undefined> {
  try {
    return yield* getAttrCo(th, obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubclassOf(E.AttributeError!)) return undefined;
    throw e;
  }
}

/**
 * LOAD_METHOD: writes (function, self) at regs[at], regs[at+1] when the attribute
 * is a plain method of the type, else (value, NULL). A coroutine when the lookup
 * needs Python code (its result is the bound value).
 */
export function loadMethod(th: Thread, obj: Value, name: string, regs: Value[], at: number): Coro | null {
  if (obj instanceof PySuper && !(obj.obj instanceof PyClass)) {
    // super().method(...) on an instance: the function and the instance, as the bound method would call it.
    const d = superFind(obj, name);
    if (d instanceof PyFunction) {
      regs[at] = d;
      regs[at + 1] = obj.obj;
      return null;
    }
  } else if (!(obj instanceof PyClass) && !(obj instanceof PySuper)) {
    const tp = typeOf(obj);
    if (tp.builtin || tp.lookup('__getattribute__') === objGetattribute()) {
      const d = tp.lookup(name);
      if ((d instanceof PyFunction || (d instanceof PyBuiltin && d.isMethod)) && !(obj instanceof PyObject && obj.dict !== null && obj.dict.getStr(name) !== undefined)) {
        regs[at] = d;
        regs[at + 1] = obj;
        return null;
      }
    }
  }
  const r = getAttr(th, obj, name);
  if (r instanceof Coro) return r;
  regs[at] = r;
  regs[at + 1] = undefined as unknown as Value;
  return null;
}

function readonlyError(obj: Value, name: string): PyBaseException {
  if (obj instanceof PyClass && obj.builtin) return typeErr(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
  if (!(obj instanceof PyObject) || obj.dict === null) {
    const e = exc(E.AttributeError!, `'${typeOf(obj).name}' object has no attribute '${name}'`);
    e.dict!.setStr('name', name);
    e.dict!.setStr('obj', obj);
    return e;
  }
  return exc(E.AttributeError!, `attribute '${name}' of '${typeOf(obj).name}' objects is not writable`);
}

/** setattr(obj, name, v); with v undefined, delattr. */
export function setAttr(th: Thread, obj: Value, name: string, v: Value | undefined): NativeResult {
  const tp = typeOf(obj);
  const hook = v === undefined ? tp.lookup('__delattr__') : tp.lookup('__setattr__');
  if (!tp.builtin && hook !== (v === undefined ? objDelattr() : objSetattr()) && hook !== undefined) {
    return runOrCoro(callFnCo(th, hook, v === undefined ? [obj, name] : [obj, name, v]));
  }
  return genericSetAttr(th, obj, name, v);
}

const slotCache = new WeakMap<PyClass, ReadonlySet<string> | null>();

/**
 * The attribute names an instance of `cls` may hold when every class of its MRO but
 * object declares `__slots__` (without '__dict__'): CPython gives such instances no
 * __dict__, so any other name is an AttributeError. null when instances have a dict.
 * (Instances keep their values in a dict here; only the names are checked.)
 */
function slotsOf(cls: PyClass): ReadonlySet<string> | null {
  let out = slotCache.get(cls);
  if (out !== undefined) return out;
  out = new Set<string>();
  for (const c of cls.mro) {
    if (c === T.object) continue;
    const decl = c.builtin ? undefined : c.ns.getStr('__slots__');
    const names = typeof decl === 'string' ? [decl] : decl instanceof PyList || decl instanceof PyTuple ? decl.items : null;
    if (names === null || names.some((n) => typeof n !== 'string') || names.includes('__dict__')) {
      out = null;
      break;
    }
    for (const n of names) (out as Set<string>).add(n as string);
  }
  slotCache.set(cls, out);
  return out;
}

export function genericSetAttr(th: Thread, obj: Value, name: string, v: Value | undefined): NativeResult {
  const tp = typeOf(obj);
  const d = tp.lookup(name);
  if (d instanceof PyGetSet) {
    if (d.set === null) throw readonlyError(obj, name);
    d.set(th, obj, v);
    return null;
  }
  if (d instanceof PyProperty) {
    const fn = v === undefined ? d.fdel : d.fset;
    if (fn === null) {
      throw exc(E.AttributeError!, `property${propName(d)} of '${tp.name}' object has no ${v === undefined ? 'deleter' : 'setter'}`);
    }
    return runOrCoro(callFnCo(th, fn, v === undefined ? [obj] : [obj, v]));
  }
  if (d !== undefined) {
    const ud = userDescriptor(d);
    if (ud?.data) {
      const m = (d as PyObject).cls.lookup(v === undefined ? '__delete__' : '__set__');
      if (m === undefined) throw exc(E.AttributeError!, v === undefined ? '__delete__' : '__set__');
      return runOrCoro(callFnCo(th, m, v === undefined ? [d, obj] : [d, obj, v]));
    }
  }
  if (obj instanceof PyClass) {
    if (obj.builtin) throw typeErr(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    const before = obj.ns.getStr(name);
    if (v === undefined) {
      if (obj.ns.remove(name) === undefined) throw attrError(obj, name);
    } else obj.ns.setStr(name, v);
    obj.changedName(name, before, v);
    return null;
  }
  if (obj instanceof PyFunction && obj.dict === null) obj.dict = new PyDict();
  if (obj instanceof PyObject && obj.dict !== null) {
    const slots = v === undefined ? null : slotsOf(tp);
    if (slots !== null && !slots.has(name)) throw attrError(obj, name);
    if (v === undefined) {
      if (obj.dict.remove(name) === undefined) throw attrError(obj, name);
    } else obj.dict.setStr(name, v);
    return null;
  }
  throw readonlyError(obj, name);
}

/**
 * An inline cache of the compiled tier (vm/emit.ts `cache`): for LOAD_ATTR and
 * STORE_ATTR, what `name` is on instances of `cls` while the class keeps version tag
 * `tag` (any change to it or a base gives a new tag, except one plain datum replacing
 * another, which `kind` ATTR_DATUM re-reads). LOAD_METHOD keeps its method in `fn`.
 */
export interface AttrCache {
  cls: PyClass | null;
  tag: number;
  fn: Value | null;
  kind: number;
}

/** The instance dict holds it, or nothing does (then the generic path raises or calls `__getattr__`). */
export const ATTR_DICT = 1;
/** The instance dict holds it, else the class holds a plain datum (read from the class at each hit). */
export const ATTR_DATUM = 2;

/**
 * A class attribute that the generic paths return as it is, whatever reads or writes
 * it on an instance: not a function, method wrapper, property, getset or user
 * descriptor (an instance of a user class, whose class may gain `__get__` later).
 */
function plainClassValue(d: Value): boolean {
  if (!(d instanceof PyObject)) return true;
  if (!d.cls.builtin) return false;
  return !(d instanceof PyFunction || d instanceof PyBuiltin || d instanceof PyStaticMethod || d instanceof PyClassMethod || d instanceof PyProperty || d instanceof PyGetSet);
}

/** An ordinary instance with a dict (not a class, super object or function), or null. */
function dictInstance(obj: Value): PyObject | null {
  if (!(obj instanceof PyObject) || obj.dict === null || obj instanceof PyClass || obj instanceof PySuper || obj instanceof PyFunction) return null;
  return obj;
}

/**
 * Fills `ic` for LOAD_ATTR of `name` on `obj` after the generic path (getAttr) ran,
 * when that path reduces to "the instance dict, else the class's datum": the class
 * has object's `__getattribute__` and finds nothing, or a plain value, for `name`.
 * Otherwise empties it.
 */
export function cacheLoadAttr(ic: AttrCache, obj: Value, name: string): void {
  ic.cls = null;
  const o = dictInstance(obj);
  if (o === null) return;
  const tp = o.cls;
  if (!tp.builtin && tp.lookup('__getattribute__') !== objGetattribute()) return;
  const d = tp.lookup(name);
  if (d !== undefined && !plainClassValue(d)) return;
  ic.cls = tp;
  ic.tag = tp.tag;
  ic.kind = d === undefined ? ATTR_DICT : ATTR_DATUM;
}

/**
 * Fills `ic` for STORE_ATTR of `name` on `obj` after the generic path (setAttr) ran,
 * when that path reduces to a write into the instance dict: object's `__setattr__`,
 * no `__slots__`, nothing or a plain value for `name` on the class. Otherwise empties it.
 */
export function cacheStoreAttr(ic: AttrCache, obj: Value, name: string): void {
  ic.cls = null;
  const o = dictInstance(obj);
  if (o === null) return;
  const tp = o.cls;
  const hook = tp.lookup('__setattr__');
  if (!tp.builtin && hook !== objSetattr() && hook !== undefined) return;
  if (slotsOf(tp) !== null) return;
  const d = tp.lookup(name);
  if (d !== undefined && !plainClassValue(d)) return;
  ic.cls = tp;
  ic.tag = tp.tag;
  ic.kind = ATTR_DICT;
}

export function delAttr(th: Thread, obj: Value, name: string): NativeResult {
  return setAttr(th, obj, name, undefined);
}

export function* setAttrCo(th: Thread, obj: Value, name: string, v: Value | undefined): Gen {
  const r = setAttr(th, obj, name, v);
  if (r instanceof Coro) yield* r.gen;
  return null;
}

export { callReq };
