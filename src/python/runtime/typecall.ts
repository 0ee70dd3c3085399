/**
 * Calling a class: `__new__` then `__init__` (type.__call__). The common case — a
 * user class with object's `__new__` and a Python `__init__` — allocates here and
 * returns the `__init__` frame for the VM to push (no coroutine); everything else
 * goes through the general protocol as a coroutine.
 */
import { Coro, type Gen, type Kw, callReq } from '../objects/coro.js';
import { typeErr } from '../objects/exceptions.js';
import { PyBuiltin, PyFunction, PyStaticMethod } from '../objects/function.js';
import { type PyClass, type Value, isDatum } from '../objects/object.js';
import { T, isInstance, typeOf } from '../objects/types.js';
import { Frame, PyGenerator, Ret } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { type CallResult, callValue, frameFor } from './call.js';

// object's own methods never change once the builtin classes are made (before any call).
let objNew: Value | undefined;
let objInit: Value | undefined;
const objectNew = (): Value | undefined => (objNew ??= T.object.ns.getStr('__new__'));
const objectInit = (): Value | undefined => (objInit ??= T.object.ns.getStr('__init__'));
const typeCall = (): Value | undefined => T.type.ns.getStr('__call__');

function abstractError(cls: PyClass): never {
  const names = [...cls.abstract!].sort();
  const s = names.length === 1 ? '' : 's';
  throw typeErr(`Can't instantiate abstract class ${cls.name} with abstract method${s} ${names.join(', ')}`);
}

/**
 * Finds `cls.__new__` and `cls.__init__` for callClass, and keeps them while the class
 * keeps its version tag — when neither is a plain datum, since one datum replacing
 * another is the one class change that keeps the tag (PyClass.changedName).
 */
function newAndInit(cls: PyClass): void {
  const n = cls.lookup('__new__');
  const i = cls.lookup('__init__');
  cls.callNew = n;
  cls.callInit = i;
  cls.callTag = isDatum(n) || isDatum(i) ? -1 : cls.tag;
}

export function callClass(th: Thread, cls: PyClass, args: Value[], kw: Kw | null): CallResult {
  if (args.length === 1 && (kw === null || kw.size === 0)) {
    if (cls === T.type) return typeOf(args[0]!);
    if (cls.call1 !== null) {
      const r = cls.call1(args[0]!);
      if (r !== undefined) return r;
    }
  }
  const meta = cls.cls;
  if (meta !== T.type) {
    const mcall = meta.lookup('__call__');
    if (mcall !== typeCall() && mcall !== undefined) return callValue(th, mcall, [cls, ...args], kw);
  }
  if (cls.callTag !== cls.tag) newAndInit(cls);
  const newFn = cls.callNew;
  const init = cls.callInit;
  if (newFn === objectNew()) {
    if (cls.abstract && cls.abstract.length > 0) abstractError(cls);
    if (init === objectInit()) {
      if (args.length > 0 || (kw !== null && kw.size > 0)) throw typeErr(`${cls.name}() takes no arguments`);
      return cls.alloc(cls);
    }
    const obj = cls.alloc(cls);
    if (init instanceof PyFunction) {
      const f = frameFor(th, init, [obj, ...args], kw);
      if (f instanceof PyGenerator) throw typeErr("__init__() should return None, not 'generator'");
      f.ret = Ret.INIT;
      f.initSelf = obj;
      return f;
    }
    return new Coro(initCo(th, obj, init!, args, kw));
  }
  if (newFn instanceof PyBuiltin) {
    const made = newFn.fn(th, [cls, ...args], kw);
    if (made instanceof Coro) return new Coro(afterNew(th, cls, made, init, args, kw));
    if (!isInstance(made, cls) || init === objectInit()) return made;
    if (init instanceof PyFunction) {
      const f = frameFor(th, init, [made, ...args], kw) as Frame;
      f.ret = Ret.INIT;
      f.initSelf = made;
      return f;
    }
    return new Coro(initCo(th, made, init!, args, kw));
  }
  return new Coro(fullCo(th, cls, newFn!, init, args, kw));
}

function* afterNew(th: Thread, cls: PyClass, made: Coro, init: Value | undefined, args: Value[], kw: Kw | null): Gen {
  const obj = yield* made.gen;
  if (!isInstance(obj, cls) || init === objectInit()) return obj;
  return yield* initCo(th, obj, init!, args, kw);
}

function* initCo(th: Thread, obj: Value, init: Value, args: Value[], kw: Kw | null): Gen {
  let r: Value;
  if (init instanceof PyBuiltin) {
    const x = init.fn(th, [obj, ...args], kw);
    r = x instanceof Coro ? yield* x.gen : x;
  } else r = yield callReq(init, [obj, ...args], kw);
  if (r !== null) throw typeErr(`__init__() should return None, not '${typeOf(r).name}'`);
  return obj;
}

function* fullCo(th: Thread, cls: PyClass, newFn: Value, init: Value | undefined, args: Value[], kw: Kw | null): Gen {
  const fn = newFn instanceof PyStaticMethod ? newFn.func : newFn;
  const obj: Value = yield callReq(fn, [cls, ...args], kw);
  if (!isInstance(obj, cls) || init === undefined || init === objectInit()) return obj;
  return yield* initCo(th, obj, init, args, kw);
}
