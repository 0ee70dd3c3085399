/**
 * The builtin classes by name, created once per JS process (objects/boot.ts) and
 * shared by every heap (they are immutable from Python: `int.x = 1` is a
 * TypeError). Their methods are added by the files that implement each type
 * (types/*); this file only holds the registry, so that any module can import `T`
 * safely.
 */
import type { PyClass, Value } from './object.js';

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
  str_iterator: PyClass;
  str_ascii_iterator: PyClass;
  range_iterator: PyClass;
  set_iterator: PyClass;
  callable_iterator: PyClass;
  deque_iterator: PyClass;
  enumerate: PyClass;
  zip: PyClass;
  map: PyClass;
  filter: PyClass;
  reversed: PyClass;
  getset_descriptor: PyClass;
  traceback: PyClass;
  frame: PyClass;
  TextIOWrapper: PyClass;
  /** Made by types/bytearray.ts. */
  bytearray: PyClass;
  /** Made by types/memoryview.ts. */
  memoryview: PyClass;
  [name: string]: PyClass;
};

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
