/**
 * `object`: the default behaviour every class inherits — construction, identity
 * equality and hash, the default reprs, generic attribute access, `__class__`
 * and `__dict__`.
 */
import { NotImplemented } from '../objects/boot.js';
import { Coro, type Gen, callReq } from '../objects/coro.js';
import { E, exc, typeErr } from '../objects/exceptions.js';
import { PyBuiltin, PyClassMethod, PyFunction } from '../objects/function.js';
import { attrs, getsets, methods, none, statics } from '../objects/native.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { T, typeOf } from '../objects/types.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { genericGetAttr, genericSetAttr } from '../runtime/attr.js';
import { idOf } from '../objects/identity.js';
import { defaultRepr, reprCo } from '../runtime/repr.js';
import { runOrCoro } from '../runtime/dunder.js';
import { defaultFormat } from '../runtime/format.js';
import { dirOf } from '../runtime/dir.js';
import { truthCo } from '../runtime/truth.js';
import { PyList } from '../objects/tuple.js';

const obj = T.object;

statics(obj, {
  __new__: (_th, args) => {
    const cls = args[0];
    if (!(cls instanceof PyClass)) throw typeErr('object.__new__(X): X is not a type object');
    if (cls.abstract && cls.abstract.length > 0) {
      const names = [...cls.abstract].sort();
      throw typeErr(`Can't instantiate abstract class ${cls.name} with abstract method${names.length === 1 ? '' : 's'} ${names.join(', ')}`);
    }
    return cls.alloc(cls);
  },
});

methods(obj, {
  __init__: (_th, args) => {
    const self = args[0]!;
    if (args.length > 1) {
      const tp = typeOf(self);
      if (tp.lookup('__init__') === obj.ns.getStr('__init__')) throw typeErr(`${tp.name}() takes no arguments`);
      if (tp.lookup('__new__') === obj.ns.getStr('__new__')) throw typeErr('object.__init__() takes exactly one argument (the instance to initialize)');
    }
    return null;
  },
  __repr__: (_th, args) => defaultRepr(args[0] as PyObject),
  __str__: (th, args) => runOrCoro(reprCo(th, args[0]!)),
  __eq__: (_th, args) => (args[0] === args[1] ? true : NotImplemented),
  __ne__: (th, args) => runOrCoro(neFromEq(th, args[0]!, args[1]!)),
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __hash__: (_th, args) => idOf(args[0]!) >> 4,
  __getattribute__: (th, args) => {
    if (typeof args[1] !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(args[1]!).name}'`);
    return genericGetAttr(th, args[0]!, args[1]);
  },
  __setattr__: (th, args) => {
    if (typeof args[1] !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(args[1]!).name}'`);
    return genericSetAttr(th, args[0]!, args[1], args[2]!);
  },
  __delattr__: (th, args) => genericSetAttr(th, args[0]!, args[1] as string, undefined),
  __format__: (th, args) => {
    if (typeof args[1] !== 'string') throw typeErr(`format() argument 2 must be str, not ${typeOf(args[1]!).name}`);
    return runOrCoro(defaultFormat(th, args[0]!, args[1]));
  },
  __dir__: (th, args) => new PyList(dirOf(th, args[0]!)),
  __init_subclass__: (_th, args, kw) => {
    none('object.__init_subclass__', args);
    if (kw !== null && kw.size > 0) throw typeErr(`${(args[0] as PyClass).name}.__init_subclass__() takes no keyword arguments`);
    return null;
  },
  __reduce_ex__: (_th, args) => {
    throw typeErr(`cannot pickle '${typeOf(args[0]!).name}' object`);
  },
  __sizeof__: () => 16,
});

/** object.__ne__: the negation of __eq__ unless it is NotImplemented. */
function* neFromEq(th: import('../objects/thread.js').Thread, a: Value, b: Value): Gen {
  const eq = typeOf(a).lookup('__eq__');
  const r = eq === obj.ns.getStr('__eq__') ? (a === b ? true : NotImplemented) : yield callReq(eq!, [a, b]);
  if (r === NotImplemented) return NotImplemented;
  if (typeof r === 'boolean') return !r;
  return !(yield* truthCo(th, r));
}

getsets(obj, {
  __class__: [
    (_th, o) => typeOf(o),
    (_th, o, v) => {
      if (!(o instanceof PyObject) || o.cls.builtin || !(v instanceof PyClass) || v.builtin) throw typeErr('__class__ assignment only supported for mutable types or ModuleType subclasses');
      o.cls = v;
    },
  ],
  __dict__: [
    (_th, o) => {
      if (o instanceof PyObject && o.dict !== null && !(o instanceof PyClass)) return o.dict;
      throw exc(E.AttributeError!, `'${typeOf(o).name}' object has no attribute '__dict__'`);
    },
    (_th, o, v) => {
      if (!(o instanceof PyObject) || o.dict === null || !(v instanceof PyDict)) throw typeErr('__dict__ must be set to a dictionary');
      o.dict = v;
    },
  ],
  __doc__: (_th, o) => {
    const d = typeOf(o).lookup('__doc__');
    return d === undefined || d instanceof PyFunction ? null : d;
  },
});

attrs(obj, { __doc__: 'The base class of the class hierarchy.' });

// NoneType, NotImplementedType, ellipsis: their reprs.
methods(T.NoneType, { __repr__: () => 'None', __bool__: () => false });
methods(T.NotImplementedType, { __repr__: () => 'NotImplemented' });
methods(T.ellipsis, { __repr__: () => 'Ellipsis' });

methods(T.module, {
  __repr__: (_th, args) => {
    const m = args[0] as PyModule;
    const file = m.ns.getStr('__file__');
    if (typeof file === 'string') return `<module '${m.name}' from '${file}'>`;
    return `<module '${m.name}' (built-in)>`;
  },
});
getsets(T.module, { __dict__: (_th, m) => (m as PyModule).ns });

// A classmethod, as CPython makes every __init_subclass__: `super().__init_subclass__()` passes the class.
T.object.ns.setStr('__init_subclass__', new PyClassMethod(T.object.ns.getStr('__init_subclass__') as PyBuiltin));

export { Coro };
