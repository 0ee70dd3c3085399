/**
 * Creates every builtin class once, in dependency order. Importing this module is
 * what makes `T` and `E` usable; the files that add methods import it first.
 */
import { PyDict } from './dict.js';
import { E, EXCEPTION_TREE, PyBaseException } from './exceptions.js';
import { type Alloc, PyClass, PyFloat, PyObject, PySingleton, c3 } from './object.js';
import { PyTuple, PyList } from './tuple.js';
import { PySet } from './set.js';
import { PyBoxed } from './boxed.js';
import { T } from './types.js';
import { PyBytes } from './bytes.js';
import { PyDeque } from './deque.js';
import { PyProperty, PyStaticMethod, PyClassMethod } from './function.js';

/**
 * A builtin class. `alloc` makes instances with this class's layout; without it
 * they inherit the base's.
 */
export function builtinClass(name: string, base: PyClass | null, alloc: Alloc | null, module = 'builtins', pyName = name): PyClass {
  const bases = base ? [base] : [];
  const cls = new PyClass(T.type ?? null, pyName, bases, new PyDict(T.dict), module, pyName, true, alloc);
  cls.mro = c3(cls, bases)!;
  T[name] = cls;
  return cls;
}

const userDict = (cls: PyClass): PyDict | null => (cls.builtin ? null : new PyDict());

// object, type and dict refer to each other: their namespaces get their class once dict exists.
const object = builtinClass('object', null, (cls) => new PyObject(cls, userDict(cls)));
const type = builtinClass('type', object, null);
object.cls = type;
type.cls = type;
builtinClass('dict', object, (cls) => new PyDict(cls));
for (const c of [object, type, T.dict]) c.ns.cls = T.dict;

builtinClass('int', object, (cls) => new PyBoxed(cls, userDict(cls), 0));
builtinClass('bool', T.int, null);
builtinClass('float', object, (cls) => new PyBoxed(cls, userDict(cls), new PyFloat(T.float, 0)));
builtinClass('complex', object, null);
builtinClass('str', object, (cls) => new PyBoxed(cls, userDict(cls), ''));
builtinClass('bytes', object, (cls) => {
  const b = new PyBytes(new Uint8Array(0), cls);
  b.dict = userDict(cls);
  return b;
});
builtinClass('list', object, (cls) => {
  const l = new PyList([], cls);
  l.dict = userDict(cls);
  return l;
});
builtinClass('tuple', object, (cls) => {
  const t = new PyTuple([], cls);
  t.dict = userDict(cls);
  return t;
});
builtinClass('set', object, (cls) => {
  const s = new PySet(cls);
  s.dict = userDict(cls);
  return s;
});
builtinClass('frozenset', object, (cls) => {
  const s = new PySet(cls);
  s.dict = userDict(cls);
  return s;
});
T.dict!.alloc = (cls) => {
  const d = new PyDict(cls);
  d.dict = userDict(cls);
  return d;
};
for (const name of [
  'range',
  'slice',
  'NoneType',
  'NotImplementedType',
  'ellipsis',
  'function',
  'builtin_function_or_method',
  'method',
  'cell',
  'module',
  'generator',
  'code',
  'super',
  'mappingproxy',
  'dict_keys',
  'dict_values',
  'dict_items',
  'list_iterator',
  'list_reverseiterator',
  'tuple_iterator',
  'bytes_iterator',
  'str_iterator',
  'str_ascii_iterator',
  'traceback',
  'frame',
  'range_iterator',
  'dict_keyiterator',
  'dict_valueiterator',
  'dict_itemiterator',
  'set_iterator',
  'enumerate',
  'zip',
  'map',
  'filter',
  'reversed',
  'callable_iterator',
  'getset_descriptor',
  'iterator',
]) {
  builtinClass(name, object, null);
}
T.module!.alloc = (cls) => new PyObject(cls, new PyDict());
builtinClass('property', object, (cls) => new PyProperty(null, null, null, null, cls));
builtinClass('staticmethod', object, (cls) => new PyStaticMethod(null, cls));
builtinClass('classmethod', object, (cls) => new PyClassMethod(null, cls));
builtinClass('TextIOWrapper', object, null, '_io');

for (const [name, base] of EXCEPTION_TREE) {
  const cls = builtinClass(name, base ? E[base]! : object, base ? null : (c) => new PyBaseException(c));
  delete T[name];
  E[name] = cls;
}

// collections.deque and its iterator: module classes, kept in T only under the iterator's name.
export const dequeClass = builtinClass('collections.deque', object, (cls) => new PyDeque(cls), 'collections', 'deque');
delete T['collections.deque'];
T.deque_iterator = builtinClass('_collections._deque_iterator', object, null, '_collections', '_deque_iterator');
delete T['_collections._deque_iterator'];

/** None's friends. */
export const NotImplemented = new PySingleton(T.NotImplementedType!, 'NotImplemented');
export const Ellipsis = new PySingleton(T.ellipsis!, 'Ellipsis');

export { T, E };
