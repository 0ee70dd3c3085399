/**
 * The builtin classes, created once per JS process and shared by every heap (they
 * are immutable from Python: `int.x = 1` is a TypeError). Their methods are added
 * by the files that implement each type; this file only makes the class objects,
 * in dependency order, so that any module can import `T` safely.
 */
import { type Alloc, type Value, PyClass, PyObject, c3 } from './object.js';
import type { PyDict } from './dict.js';

/** Every builtin class by its Python name (the exception classes live in `E`). */
export const T = {} as {
  object: PyClass;
  type: PyClass;
  int: PyClass;
  bool: PyClass;
  float: PyClass;
  complex: PyClass;
  str: PyClass;
  bytes: PyClass;
  list: PyClass;
  tuple: PyClass;
  dict: PyClass;
  set: PyClass;
  frozenset: PyClass;
  range: PyClass;
  slice: PyClass;
  NoneType: PyClass;
  NotImplementedType: PyClass;
  ellipsis: PyClass;
  function: PyClass;
  builtin_function_or_method: PyClass;
  method: PyClass;
  cell: PyClass;
  module: PyClass;
  generator: PyClass;
  code: PyClass;
  property: PyClass;
  staticmethod: PyClass;
  classmethod: PyClass;
  super: PyClass;
  mappingproxy: PyClass;
  dict_keys: PyClass;
  dict_values: PyClass;
  dict_items: PyClass;
  iterator: PyClass;
  TextIOWrapper: PyClass;
  [name: string]: PyClass;
};

/** Namespaces made before `dict` existed get their class once it does. */
const early: PyDict[] = [];
let makeDict: () => PyDict;

/** Lets dict.ts's constructor be used here without an import cycle at load time. */
export function registerDictFactory(f: () => PyDict): void {
  makeDict = f;
  for (const d of early) d.cls = T.dict;
}

/**
 * A builtin class. `alloc` makes instances with this class's layout; without it
 * they inherit the base's.
 */
export function builtinClass(name: string, base: PyClass | null, alloc: Alloc | null, module = 'builtins', pyName = name): PyClass {
  const ns = makeDict();
  const bases = base ? [base] : [];
  const cls = new PyClass(T.type ?? null, pyName, bases, ns, module, pyName, true, alloc);
  cls.mro = c3(cls, bases)!;
  T[name] = cls;
  return cls;
}

/** Creates type and object, which refer to each other. */
export function bootstrap(dictFactory: () => PyDict): void {
  makeDict = () => {
    const d = dictFactory();
    if (!T.dict) early.push(d);
    return d;
  };
  const object = builtinClass('object', null, (cls) => new PyObject(cls, cls.builtin ? null : makeDict()));
  const type = builtinClass('type', object, null);
  object.cls = type;
  type.cls = type;
}

/** The class of any value. */
export function typeOf(v: Value): PyClass {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return T.int;
    case 'string':
      return T.str;
    case 'boolean':
      return T.bool;
    default:
      return v === null ? T.NoneType : v.cls;
  }
}

/** `isinstance(v, cls)` for a class object (no tuples, no __instancecheck__). */
export function isInstance(v: Value, cls: PyClass): boolean {
  const t = typeOf(v);
  return t === cls || t.isSubclassOf(cls);
}

/** The name CPython shows for a value's type in messages ('int', 'NoneType', 'Point'). */
export const typeName = (v: Value): string => typeOf(v).name;
