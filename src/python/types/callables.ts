/**
 * Functions and their relatives as Python objects: function attributes and
 * reprs, bound methods, builtin functions, property / staticmethod /
 * classmethod (with their decorator forms), cells and code objects.
 */
import { Coro, callReq } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, exc, typeErr } from '../objects/exceptions.js';
import { Cell, PyBuiltin, PyClassMethod, PyFunction, PyMethod, PyProperty, PyStaticMethod } from '../objects/function.js';
import { getsets, methods, statics } from '../objects/native.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { PyTuple, emptyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { Code } from '../objects/code.js';
import { addr, className, reprCo } from '../runtime/repr.js';
import { runOrCoro } from '../runtime/dunder.js';
import { callValue } from '../runtime/call.js';
import { Frame } from '../objects/frame.js';
import { genericGetAttr, getAttr } from '../runtime/attr.js';

const fnOf = (v: Value): PyFunction => v as PyFunction;

getsets(T.function, {
  __name__: [(_th, f) => fnOf(f).name, (_th, f, v) => void (fnOf(f).name = strOrErr(v, '__name__'))],
  __qualname__: [(_th, f) => fnOf(f).qualname, (_th, f, v) => void (fnOf(f).qualname = strOrErr(v, '__qualname__'))],
  __module__: [(_th, f) => fnOf(f).module, (_th, f, v) => void (fnOf(f).module = v ?? null)],
  __doc__: [(_th, f) => fnOf(f).doc, (_th, f, v) => void (fnOf(f).doc = v ?? null)],
  __defaults__: [(_th, f) => (fnOf(f).defaults ? new PyTuple(fnOf(f).defaults!) : null), (_th, f, v) => void (fnOf(f).defaults = v instanceof PyTuple ? v.items : null)],
  __kwdefaults__: (_th, f) => fnOf(f).kwdefaults,
  __code__: (_th, f) => fnOf(f).code,
  __globals__: (_th, f) => fnOf(f).globals,
  __closure__: (_th, f) => (fnOf(f).closure ? new PyTuple(fnOf(f).closure!) : null),
  __dict__: (_th, f) => (fnOf(f).dict ??= new PyDict()),
  __annotations__: [
    (_th, f) => (fnOf(f).annotations ??= new PyDict()),
    (_th, f, v) => {
      if (!(v instanceof PyDict)) throw typeErr('__annotations__ must be set to a dict object');
      fnOf(f).annotations = v;
    },
  ],
});

function strOrErr(v: Value | undefined, name: string): string {
  if (typeof v !== 'string') throw typeErr(`${name} must be set to a string object`);
  return v;
}

methods(T.function, {
  __repr__: (_th, a) => `<function ${fnOf(a[0]!).qualname} at ${addr(a[0]!)}>`,
  __get__: (_th, a) => (a[1] === null || a[1] === undefined ? a[0]! : new PyMethod(a[0]!, a[1])),
  __call__: (th, a, kw) => call(th, a[0]!, a.slice(1), kw),
});

/** Calls through the VM from a native (a frame becomes a coroutine request). */
function call(th: import('../objects/thread.js').Thread, f: Value, args: Value[], kw: Map<string, Value> | null): Value | Coro {
  const r = callValue(th, f, args, kw);
  if (r instanceof Frame) return new Coro((function* () { return yield callReq(f, args, kw); })());
  return r;
}

const m = (v: Value): PyMethod => v as PyMethod;

getsets(T.method, {
  __self__: (_th, x) => m(x).self,
  __func__: (_th, x) => m(x).func,
  __name__: (th, x) => runOrCoro((function* () { const f = m(x).func; return f instanceof PyFunction ? f.name : f instanceof PyBuiltin ? f.name : ''; })()),
  __qualname__: (_th, x) => (m(x).func instanceof PyFunction ? (m(x).func as PyFunction).qualname : ''),
  __doc__: (_th, x) => (m(x).func instanceof PyFunction ? (m(x).func as PyFunction).doc : null),
  __module__: (_th, x) => (m(x).func instanceof PyFunction ? (m(x).func as PyFunction).module : null),
});

methods(T.method, {
  __repr__: (th, a) =>
    runOrCoro(
      (function* () {
        const b = m(a[0]!);
        const name = b.func instanceof PyFunction ? b.func.qualname : b.func instanceof PyBuiltin ? b.func.name : '?';
        return `<bound method ${name} of ${yield* reprCo(th, b.self)}>`;
      })(),
    ),
  __call__: (th, a, kw) => call(th, m(a[0]!).func, [m(a[0]!).self, ...a.slice(1)], kw),
  __eq__: (_th, a) => a[1] instanceof PyMethod && m(a[0]!).func === a[1].func && m(a[0]!).self === a[1].self,
  __hash__: (_th, a) => 0x5a5a ^ (typeof m(a[0]!).self === 'object' ? 1 : 0),
});
// A bound method forwards unknown attributes to its function (f.__dict__ entries).
methods(T.method, {
  __getattribute__: (th, a) => {
    const b = m(a[0]!);
    const name = a[1] as string;
    const own = T.method.lookup(name);
    if (own !== undefined && own !== T.method.ns.getStr('__getattribute__')) {
      return genericGetAttr(th, b, name);
    }
    return getAttr(th, b.func, name);
  },
});

const bf = (v: Value): PyBuiltin => v as PyBuiltin;

getsets(T.builtin_function_or_method, {
  __name__: (_th, x) => bf(x).name,
  __qualname__: (_th, x) => (bf(x).owner ? `${bf(x).owner!.name}.${bf(x).name}` : bf(x).name),
  __self__: (_th, x) => bf(x).self ?? null,
  __module__: (_th, x) => bf(x).moduleName,
  __doc__: () => null,
});

methods(T.builtin_function_or_method, {
  __repr__: (th, a) => {
    const b = bf(a[0]!);
    if (b.self !== undefined) {
      return runOrCoro(
        (function* () {
          const s = b.self!;
          const who = s instanceof PyObject && !(s instanceof PyClass) ? `${typeOf(s).name} object at ${addr(s)}` : yield* reprCo(th, s);
          return `<built-in method ${b.name} of ${who}>`;
        })(),
      );
    }
    if (b.isMethod && b.owner) return `<method '${b.name}' of '${b.owner.name}' objects>`;
    return `<built-in function ${b.name}>`;
  },
  __call__: (th, a, kw) => call(th, a[0]!, a.slice(1), kw),
  __get__: (_th, a) => (bf(a[0]!).isMethod && a[1] !== null && a[1] !== undefined ? bf(a[0]!).bind(a[1]) : a[0]!),
});

const prop = (v: Value): PyProperty => v as PyProperty;

statics(T.property, {
  __new__: (_th, args) => {
    const cls = args[0] as PyClass;
    return new PyProperty(null, null, null, null, cls);
  },
});

methods(T.property, {
  __init__: (_th, a, kw) => {
    const p = prop(a[0]!);
    const get = (i: number, name: string): Value => a[i + 1] ?? kw?.get(name) ?? null;
    p.fget = get(0, 'fget');
    p.fset = get(1, 'fset');
    p.fdel = get(2, 'fdel');
    p.doc = get(3, 'doc');
    if (p.doc === null && p.fget instanceof PyFunction) p.doc = p.fget.doc;
    return null;
  },
  getter: (_th, a) => new PyProperty(a[1]!, prop(a[0]!).fset, prop(a[0]!).fdel, prop(a[0]!).doc, prop(a[0]!).cls),
  setter: (_th, a) => new PyProperty(prop(a[0]!).fget, a[1]!, prop(a[0]!).fdel, prop(a[0]!).doc, prop(a[0]!).cls),
  deleter: (_th, a) => new PyProperty(prop(a[0]!).fget, prop(a[0]!).fset, a[1]!, prop(a[0]!).doc, prop(a[0]!).cls),
  __get__: (th, a) => {
    const p = prop(a[0]!);
    if (a[1] === null || a[1] === undefined) return p;
    if (p.fget === null) throw exc(E.AttributeError!, 'unreadable attribute');
    return call(th, p.fget, [a[1]], null);
  },
  __set__: (th, a) => {
    const p = prop(a[0]!);
    if (p.fset === null) throw exc(E.AttributeError!, "can't set attribute");
    return call(th, p.fset, [a[1]!, a[2]!], null);
  },
});
getsets(T.property, {
  fget: (_th, p) => prop(p).fget,
  fset: (_th, p) => prop(p).fset,
  fdel: (_th, p) => prop(p).fdel,
  __doc__: (_th, p) => prop(p).doc,
  __isabstractmethod__: (_th, p) => {
    const f = prop(p).fget;
    return f instanceof PyFunction && f.dict?.getStr('__isabstractmethod__') === true;
  },
});

statics(T.staticmethod, {
  __new__: (_th, args) => {
    if (args.length !== 2) throw typeErr(`staticmethod expected 1 argument, got ${args.length - 1}`);
    return new PyStaticMethod(args[1]!, args[0] as PyClass);
  },
});
statics(T.classmethod, {
  __new__: (_th, args) => {
    if (args.length !== 2) throw typeErr(`classmethod expected 1 argument, got ${args.length - 1}`);
    return new PyClassMethod(args[1]!, args[0] as PyClass);
  },
});
for (const cls of [T.staticmethod, T.classmethod]) {
  methods(cls, {
    __init__: () => null,
    __repr__: (th, a) => runOrCoro((function* () { return `<${cls.name}(${yield* reprCo(th, (a[0] as PyStaticMethod).func)})>`; })()),
  });
  getsets(cls, {
    __func__: (_th, x) => (x as PyStaticMethod).func,
    __wrapped__: (_th, x) => (x as PyStaticMethod).func,
    __isabstractmethod__: (_th, x) => {
      const f = (x as PyStaticMethod).func;
      return f instanceof PyFunction && f.dict?.getStr('__isabstractmethod__') === true;
    },
  });
}
methods(T.staticmethod, {
  __get__: (_th, a) => (a[0] as PyStaticMethod).func,
  __call__: (th, a, kw) => call(th, (a[0] as PyStaticMethod).func, a.slice(1), kw),
});
methods(T.classmethod, {
  __get__: (_th, a) => new PyMethod((a[0] as PyClassMethod).func, a[2] ?? typeOf(a[1]!)),
});

methods(T.cell, {
  __repr__: (_th, a) => {
    const c = a[0] as Cell;
    if (c.value === undefined) return `<cell at ${addr(c)}: empty>`;
    return `<cell at ${addr(c)}: ${typeOf(c.value).name} object at ${addr(c.value)}>`;
  },
});
getsets(T.cell, {
  cell_contents: [
    (_th, c) => {
      const v = (c as Cell).value;
      if (v === undefined) throw exc(E.ValueError!, 'Cell is empty');
      return v;
    },
    (_th, c, v) => void ((c as Cell).value = v),
  ],
});

const codeOf = (v: Value): Code => v as Code;
methods(T.code, {
  __repr__: (_th, a) => `<code object ${codeOf(a[0]!).name} at ${addr(a[0]!)}, file "${codeOf(a[0]!).filename}", line ${codeOf(a[0]!).firstLine}>`,
});
getsets(T.code, {
  co_name: (_th, c) => codeOf(c).name,
  co_qualname: (_th, c) => codeOf(c).qualname,
  co_filename: (_th, c) => codeOf(c).filename,
  co_firstlineno: (_th, c) => codeOf(c).firstLine,
  co_argcount: (_th, c) => codeOf(c).argcount,
  co_kwonlyargcount: (_th, c) => codeOf(c).kwonlyCount,
  co_posonlyargcount: (_th, c) => codeOf(c).posonlyCount,
  co_varnames: (_th, c) => new PyTuple(codeOf(c).varnames.slice()),
  co_freevars: (_th, c) => new PyTuple(codeOf(c).freevars.slice()),
  co_cellvars: (_th, c) => new PyTuple(codeOf(c).cellvars.slice()),
  co_names: (_th, c) => new PyTuple(codeOf(c).names.slice()),
  co_consts: (_th, c) => new PyTuple(codeOf(c).consts.slice()),
  co_flags: (_th, c) => codeOf(c).flags,
});

export { className, emptyTuple };
