/**
 * Callables and descriptors: Python functions, builtin functions, bound methods,
 * closure cells, property, staticmethod, classmethod, super.
 */
import { PyObject, type PyClass, type Value } from './object.js';
import { T } from './types.js';
import { slots } from './slots.js';
import type { Entry, PyDict } from './dict.js';
import type { Kw, NativeResult } from './coro.js';
import type { Code } from './code.js';
import type { Thread } from '../objects/thread.js';

/** A closure cell. `value` is undefined while the variable is unbound. */
export class Cell extends PyObject {
  constructor(public value: Value | undefined) {
    super(T.cell);
  }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  module: Value;
  doc: Value;
  /** Per-function cache of module-global entries, by name index (see LOAD_GLOBAL). */
  gcache: (Entry | undefined)[];
  /** Finished frames kept for reuse by the call fast path (objects/frame.ts: recycle). */
  pool: unknown[] | null = null;
  /** __annotations__ (a dict), made on first use when the def has none. */
  annotations: PyDict | null = null;

  constructor(
    readonly code: Code,
    readonly globals: PyDict,
    public defaults: Value[] | null,
    public kwdefaults: PyDict | null,
    readonly closure: Cell[] | null,
  ) {
    super(T.function);
    this.name = code.name;
    this.qualname = code.qualname;
    this.module = globals.getStr('__name__') ?? null;
    this.doc = code.doc;
    this.gcache = slots(code.names.length);
  }
}

/** A function implemented in TypeScript. It receives `self` first when it is a method. */
export type NativeFn = (th: Thread, args: Value[], kw: Kw | null) => NativeResult;

export class PyBuiltin extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** Bound receiver, or undefined. */
    readonly self: Value | undefined = undefined,
    /** True for methods of builtin classes: attribute access on an instance binds them. */
    readonly isMethod = false,
    /** The class a method belongs to (for reprs: <method 'append' of 'list' objects>). */
    readonly owner: PyClass | null = null,
    /** The module of a module-level function (for reprs and pickling). */
    readonly moduleName: string | null = null,
  ) {
    super(T.builtin_function_or_method);
  }

  bind(self: Value): PyBuiltin {
    return new PyBuiltin(this.name, this.fn, self, false, this.owner, this.moduleName);
  }
}

/** A bound method: a function and the instance it was looked up on. */
export class PyMethod extends PyObject {
  constructor(
    readonly func: Value,
    readonly self: Value,
  ) {
    super(T.method);
  }
}

export class PyProperty extends PyObject {
  /** The attribute name it was assigned to in its class (for error messages). */
  name: string | null = null;
  constructor(
    public fget: Value,
    public fset: Value,
    public fdel: Value,
    public doc: Value,
    cls?: PyClass,
  ) {
    super(cls ?? T.property);
  }
}

/** staticmethod and classmethod wrappers. */
export class PyStaticMethod extends PyObject {
  constructor(
    readonly func: Value,
    cls?: PyClass,
  ) {
    super(cls ?? T.staticmethod);
  }
}

export class PyClassMethod extends PyObject {
  constructor(
    readonly func: Value,
    cls?: PyClass,
  ) {
    super(cls ?? T.classmethod);
  }
}

/** super(cls, obj): attribute lookup starting after `thisClass` in obj's MRO. */
export class PySuper extends PyObject {
  constructor(
    readonly thisClass: PyClass,
    readonly obj: Value,
    readonly objType: PyClass,
  ) {
    super(T.super);
  }
}
