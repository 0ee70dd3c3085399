/**
 * Pickling: a Python value graph to a string and back, by value, for queues, pipes
 * and the spawn bootstrap. What CPython's pickle sends by reference goes by name:
 * module-level functions and classes as (module, qualified name), looked up again
 * in the receiving interpreter (where `__main__` is the re-run `__mp_main__`).
 * Objects standing for kernel objects (KObj: queues, locks, connections, shared
 * cells; see KObj) travel as handle references; the message or the spawn
 * carries the handles themselves. Lambdas, nested functions, generators, modules and thread
 * locks fail with CPython 3.11's exceptions and messages.
 *
 * Shared references and cycles inside one message are kept (a memo numbers the
 * mutable objects in the order both sides meet them); everything else is new on
 * the receiving side. The encoding is JSON: a primitive stands for itself, an
 * array `[tag, ...]` for anything else (tags below).
 *
 * Not modelled: `__reduce__` results whose objects form cycles with their own
 * arguments, `__slots__`, and calling an exception class's `__init__` on load (the
 * args and `__dict__` are restored directly).
 */
import { type Gen, callReq } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, PyBaseException, attrErr, exc, newExc, runtimeErr, typeErr } from '../objects/exceptions.js';
import { PyBuiltin, PyFunction, PyMethod } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import { PyClass, PyFloat, PyObject, PySingleton, type Value } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { PyRange, PySlice } from '../objects/range.js';
import { PySet } from '../objects/set.js';
import { PyList, PyTuple, tuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { PickleErrors } from './pickle-errors.js';
import { Ellipsis, NotImplemented } from '../objects/boot.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyDeque } from '../objects/deque.js';
import { dequeClass } from '../objects/boot.js';
import { float } from '../runtime/arith.js';
import { getAttrOr } from '../runtime/attr.js';
import { dictSetCo } from '../runtime/collections.js';
import { reprCo } from '../runtime/repr.js';
import { setAddCo } from '../runtime/settable.js';
import type { Thread } from '../objects/thread.js';

/**
 * A Python object that stands for a kernel object this process holds a handle to.
 * `inheritOnly` names its Python type when it may only be pickled for a spawn
 * (CPython's assert_spawning); null when it may travel in any message (Connection).
 */
export abstract class KObj extends PyObject {
  constructor(
    cls: PyClass,
    public h: number,
    public inheritOnly: string | null,
  ) {
    super(cls);
  }
  /** The pickle tag of this kind, and the fields the receiver needs besides the handle. */
  abstract pickleKind(): string;
  abstract pickleFields(): unknown[];
}

const KOBJ_DECODERS = new Map<string, (h: number, fields: unknown[]) => KObj>();

/** Lets a kind of kernel-object wrapper be rebuilt on the receiving side. */
export function registerKObj(kind: string, decode: (h: number, fields: unknown[]) => KObj): void {
  KOBJ_DECODERS.set(kind, decode);
}

const { PicklingError, UnpicklingError } = PickleErrors;

/** A pickled value: the text, and the kernel handles it refers to (to carry with it). */
export interface Pickled {
  data: string;
  handles: number[];
}

type Node = null | boolean | number | string | Node[];

/** Tags of the encoding. */
const enum Tag {
  FLOAT = 'F', // [F, number | 'nan' | 'inf' | '-inf' | '-0']
  BIGINT = 'I', // [I, decimal]
  TUPLE = 'T', // [T, ...items]
  LIST = 'L', // [L, ...items]                       (memo)
  DICT = 'D', // [D, k1, v1, k2, v2, ...]             (memo)
  SET = 'S', // [S, ...items]                         (memo)
  FROZENSET = 'Z', // [Z, ...items]                   (memo)
  BYTES = 'B', // [B, latin1]
  RANGE = 'R', // [R, start, stop, step]
  GLOBAL = 'G', // [G, module, qualname]
  OBJECT = 'O', // [O, class, state, base?]           (memo) instance of a user class
  EXC = 'E', // [E, class, args, dict]                (memo)
  KOBJ = 'K', // [K, kind, handle, ...fields]          (memo)
  MEMO = 'M', // [M, index]
  REDUCE = 'C', // [C, callable, args, state]          (memo, after its arguments)
  METHOD = 'm', // [m, self, name]
  DEQUE = 'Q', // [Q, maxlen, ...items]               (memo)
  BOXED = 'X', // [X, class, value, dict]             (memo) int/float/str subclass instance
  SINGLETON = 'N', // [N, 'Ellipsis' | 'NotImplemented']
}

/** The qualified type name CPython puts in "cannot pickle 'x' object". */
function tpName(cls: PyClass): string {
  return cls.module === 'builtins' || !cls.builtin ? cls.name : `${cls.module}.${cls.name}`;
}

const cannotPickle = (v: Value): PyBaseException => typeErr(`cannot pickle '${tpName(typeOf(v))}' object`);

export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

export function fromLatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}

/** A user-defined (Python) method of the class, or undefined when it has the builtin default. */
function userMethod(cls: PyClass, name: string): Value | undefined {
  const m = cls.lookup(name);
  return m instanceof PyFunction ? m : undefined;
}

/**
 * A builtin class's own `__reduce__` (random.Random's: class, (), getstate()), which
 * pickles its instances and its subclasses' as CPython's does; not object's, nor an
 * exception's (exceptions have their own path).
 */
function nativeReduce(o: PyObject): Value | undefined {
  if (o instanceof PyBaseException) return undefined;
  const m = o.cls.lookup('__reduce__');
  return m instanceof PyBuiltin && m.owner !== T.object ? m : undefined;
}

class Pickler {
  readonly memo = new Map<object, number>();
  readonly handles: number[] = [];
  constructor(
    readonly th: Thread,
    readonly spawning: boolean,
  ) {}

  private remember(o: object): void {
    this.memo.set(o, this.memo.size);
  }

  /** Encodes any value; primitives inline, objects through `object`. */
  *value(v: Value): Gen<Node> {
    switch (typeof v) {
      case 'number':
      case 'boolean':
      case 'string':
        return v;
      case 'bigint':
        return [Tag.BIGINT, v.toString()];
      default:
        if (v === null) return null;
        return yield* this.object(v);
    }
  }

  private *items(tag: Tag, items: Value[]): Gen<Node> {
    const out: Node[] = [tag];
    for (const x of items) out.push(typeof x === 'object' && x !== null ? yield* this.object(x) : yield* this.value(x));
    return out;
  }

  private *object(o: PyObject): Gen<Node> {
    const seen = this.memo.get(o);
    if (seen !== undefined) return [Tag.MEMO, seen];
    const cls = o.cls;
    if (o instanceof PyFloat) {
      const x = o.v;
      return [Tag.FLOAT, Number.isNaN(x) ? 'nan' : x === Infinity ? 'inf' : x === -Infinity ? '-inf' : Object.is(x, -0) ? '-0' : x];
    }
    if (cls.builtin) return yield* this.builtin(o);
    if (o instanceof PyClass) return yield* this.global(o);
    return yield* this.instance(o);
  }

  /** Instances of builtin classes (exact type). */
  private *builtin(o: PyObject): Gen<Node> {
    const cls = o.cls;
    if (o instanceof PyTuple) return yield* this.items(Tag.TUPLE, o.items);
    if (o instanceof PyList) {
      this.remember(o);
      return yield* this.items(Tag.LIST, o.items);
    }
    if (o instanceof PyDict) {
      if (cls !== T.dict) throw cannotPickle(o);
      return yield* this.dict(o);
    }
    if (o instanceof PySet) {
      this.remember(o);
      return yield* this.items(cls === T.frozenset ? Tag.FROZENSET : Tag.SET, o.items());
    }
    if (o instanceof PyBytes) return [Tag.BYTES, latin1(o.data)];
    if (o instanceof PyRange) return [Tag.RANGE, yield* this.value(o.start), yield* this.value(o.stop), yield* this.value(o.step)];
    if (o instanceof PySlice) {
      // As CPython's slice.__reduce__: (slice, (start, stop, step)).
      const args: Node = [Tag.TUPLE, yield* this.value(o.start), yield* this.value(o.stop), yield* this.value(o.step)];
      this.remember(o);
      return [Tag.REDUCE, [Tag.GLOBAL, 'builtins', 'slice'], args, null];
    }
    if (o instanceof PyBaseException) return yield* this.exception(o);
    if (o instanceof PyClass) return yield* this.global(o);
    if (o instanceof PyFunction) return yield* this.global(o);
    if (o instanceof PyBuiltin) return yield* this.builtinFn(o);
    if (o instanceof PyMethod) return [Tag.METHOD, yield* this.value(o.self), o.func instanceof PyFunction ? o.func.name : ''];
    if (o instanceof PyDeque) {
      this.remember(o);
      const out = (yield* this.items(Tag.DEQUE, o.items)) as Node[];
      out.splice(1, 0, o.maxlen);
      return out;
    }
    if (o instanceof KObj) return this.kobj(o);
    if (o === Ellipsis || o === NotImplemented) return [Tag.SINGLETON, (o as PySingleton).label];
    if (o instanceof PyModule) throw cannotPickle(o);
    // memoryview's own __reduce__ refuses, with its own wording.
    if (typeOf(o) === T.memoryview) throw typeErr('cannot pickle memoryview objects');
    const reduce = nativeReduce(o);
    if (reduce !== undefined) return yield* this.reduced(o, reduce);
    throw cannotPickle(o);
  }

  /** A dict's entries (memoised unless it is the dict part of a dict subclass instance). */
  private *dict(d: PyDict, memo = true): Gen<Node> {
    if (memo) this.remember(d);
    const out: Node[] = [Tag.DICT];
    for (const e of d.entries()) {
      if (e.value === undefined) continue;
      out.push(yield* this.value(e.key));
      out.push(yield* this.value(e.value));
    }
    return out;
  }

  private kobj(k: KObj): Node {
    if (k.inheritOnly !== null && !this.spawning) {
      throw runtimeErr(`${k.inheritOnly} objects should only be shared between processes through inheritance`);
    }
    this.remember(k);
    this.handles.push(k.h);
    return [Tag.KOBJ, k.pickleKind(), k.h, ...(k.pickleFields() as Node[])];
  }

  private *exception(e: PyBaseException): Gen<Node> {
    this.remember(e);
    const cls = yield* this.global(e.cls);
    const args = yield* this.items(Tag.TUPLE, e.args.items);
    const dict = e.dict !== null && e.dict.size > 0 ? yield* this.dict(e.dict) : null;
    return [Tag.EXC, cls, args, dict];
  }

  private *builtinFn(b: PyBuiltin): Gen<Node> {
    // A method of a builtin class taken from the class (str.upper) goes by name, as getattr(str, 'upper').
    if (b.self === undefined && b.owner !== null && b.moduleName === null) return [Tag.GLOBAL, b.owner.module, `${b.owner.qualname}.${b.name}`];
    if (b.self !== undefined || b.moduleName === null) throw cannotPickle(b);
    return [Tag.GLOBAL, b.moduleName, b.name];
  }

  /** A function or class by reference, checked the way _pickle's save_global does. */
  private *global(o: PyFunction | PyClass): Gen<Node> {
    const qualname = o.qualname;
    const module = o instanceof PyFunction ? o.module : o.builtin ? o.module : o.ns.getStr('__module__');
    if (qualname.split('.').includes('<locals>')) throw attrErr(`Can't pickle local object '${qualname}'`);
    const modName = typeof module === 'string' ? module : '__main__';
    const mod = this.th.interp.modules.getStr(modName);
    const fail = function* (this: Pickler, why: string): Gen<never> {
      throw exc(PicklingError, `Can't pickle ${yield* reprCo(this.th, o)}: ${why}`);
    };
    if (!(mod instanceof PyModule)) return yield* fail.call(this, `import of module '${modName}' failed`);
    let found: Value | undefined = mod;
    for (const part of qualname.split('.')) {
      found = yield* getAttrOr(this.th, found!, part);
      if (found === undefined) return yield* fail.call(this, `attribute lookup ${qualname} on ${modName} failed`);
    }
    if (found !== o) return yield* fail.call(this, `it's not the same object as ${modName}.${qualname}`);
    return [Tag.GLOBAL, modName, qualname];
  }

  /** An instance of a user class: its class by reference and its state. */
  private *instance(o: PyObject): Gen<Node> {
    const cls = o.cls;
    const reduce = userMethod(cls, '__reduce_ex__') ?? userMethod(cls, '__reduce__');
    if (reduce !== undefined) return yield* this.reduced(o, reduce);
    if (o instanceof PyBaseException) return yield* this.exception(o);
    const native = nativeReduce(o);
    if (native !== undefined) return yield* this.reduced(o, native);
    this.remember(o);
    const clsNode = yield* this.global(cls);
    const getstate = userMethod(cls, '__getstate__');
    let state: Node;
    if (getstate !== undefined) state = yield* this.value(yield callReq(getstate, [o]));
    else state = o.dict !== null && o.dict.size > 0 ? yield* this.dict(o.dict) : null;
    const base = yield* this.baseValue(o);
    return base === undefined ? [Tag.OBJECT, clsNode, state] : [Tag.OBJECT, clsNode, state, base];
  }

  /** What an instance of a subclass of a builtin container or value holds besides its dict. */
  private *baseValue(o: PyObject): Gen<Node | undefined> {
    const solid = o.cls.solid;
    if (solid === T.object) return undefined;
    if (o instanceof PyList) return yield* this.items(Tag.LIST, o.items);
    if (o instanceof PyTuple) return yield* this.items(Tag.TUPLE, o.items);
    if (o instanceof PyDict) return yield* this.dict(o, false);
    if (o instanceof PySet) return yield* this.items(Tag.SET, o.items());
    if (o instanceof PyBoxed) return [Tag.BOXED, yield* this.value(o.value)];
    if (o instanceof PyFloat) return yield* this.value(float(o.v));
    throw cannotPickle(o);
  }

  /** `__reduce__` returning a global name or (callable, args[, state]). */
  private *reduced(o: PyObject, reduce: Value): Gen<Node> {
    const r = (yield callReq(reduce, reduce === userMethod(o.cls, '__reduce_ex__') ? [o, 4] : [o])) as Value;
    if (typeof r === 'string') {
      const mod = o.cls.ns.getStr('__module__');
      return [Tag.GLOBAL, typeof mod === 'string' ? mod : '__main__', r];
    }
    if (!(r instanceof PyTuple) || r.items.length < 2) throw exc(PicklingError, '__reduce__ must return a string or tuple');
    const fn = yield* this.value(r.items[0]!);
    const args = yield* this.value(r.items[1]!);
    const state = r.items.length > 2 ? yield* this.value(r.items[2]!) : null;
    this.remember(o);
    return [Tag.REDUCE, fn, args, state];
  }
}

/** Pickles `v` (a coroutine: `__reduce__`, `__getstate__` and reprs may run Python). */
export function* dumpsCo(th: Thread, v: Value, spawning = false): Gen<Pickled> {
  const p = new Pickler(th, spawning);
  const node = yield* p.value(v);
  return { data: JSON.stringify(node), handles: p.handles };
}

/** The fast path for a primitive (no pickler, no generator). */
export function dumpsPrimitive(v: Value): string | undefined {
  switch (typeof v) {
    case 'number':
    case 'boolean':
      return String(v);
    case 'string':
      return JSON.stringify(v);
    default:
      return v === null ? 'null' : undefined;
  }
}

class Unpickler {
  readonly memo: Value[] = [];
  constructor(readonly th: Thread) {}

  *value(n: Node): Gen<Value> {
    if (n === null || typeof n !== 'object') return n as Value;
    const tag = n[0] as Tag;
    switch (tag) {
      case Tag.FLOAT: {
        const x = n[1];
        return float(x === 'nan' ? NaN : x === 'inf' ? Infinity : x === '-inf' ? -Infinity : x === '-0' ? -0 : (x as number));
      }
      case Tag.BIGINT:
        return BigInt(n[1] as string);
      case Tag.TUPLE:
        return tuple(yield* this.items(n, 1));
      case Tag.LIST: {
        const l = new PyList([]);
        this.memo.push(l);
        l.items = yield* this.items(n, 1);
        return l;
      }
      case Tag.DICT: {
        const d = new PyDict();
        this.memo.push(d);
        yield* this.fillDict(d, n, 1);
        return d;
      }
      case Tag.SET:
      case Tag.FROZENSET: {
        const s = new PySet(tag === Tag.SET ? T.set : T.frozenset);
        this.memo.push(s);
        for (const x of yield* this.items(n, 1)) yield* setAddCo(this.th, s, x);
        return s;
      }
      case Tag.BYTES:
        return new PyBytes(fromLatin1(n[1] as string));
      case Tag.RANGE:
        return new PyRange((yield* this.value(n[1]!)) as number, (yield* this.value(n[2]!)) as number, (yield* this.value(n[3]!)) as number);
      case Tag.GLOBAL:
        return yield* this.global(n[1] as string, n[2] as string);
      case Tag.OBJECT:
        return yield* this.instance(n);
      case Tag.EXC:
        return yield* this.exception(n);
      case Tag.KOBJ: {
        const decode = KOBJ_DECODERS.get(n[1] as string);
        if (decode === undefined) throw exc(UnpicklingError, `unknown kernel object kind ${String(n[1])}`);
        const k = decode(n[2] as number, n.slice(3));
        this.memo.push(k);
        return k;
      }
      case Tag.MEMO:
        return this.memo[n[1] as number]!;
      case Tag.REDUCE: {
        const fn = yield* this.value(n[1]!);
        const args = yield* this.value(n[2]!);
        const obj = (yield callReq(fn, args instanceof PyTuple ? args.items : [])) as Value;
        this.memo.push(obj);
        if (n[3] !== null) yield* this.setState(obj, yield* this.value(n[3]!));
        return obj;
      }
      case Tag.METHOD: {
        const self = yield* this.value(n[1]!);
        const f = typeOf(self).lookup(n[2] as string);
        if (f instanceof PyFunction) return new PyMethod(f, self);
        return (yield* getAttrOr(this.th, self, n[2] as string)) ?? null;
      }
      case Tag.DEQUE: {
        const d = new PyDeque(dequeClass);
        this.memo.push(d);
        d.maxlen = n[1] as number | null;
        d.items = yield* this.items(n, 2);
        return d;
      }
      case Tag.SINGLETON:
        return n[1] === 'Ellipsis' ? Ellipsis : NotImplemented;
      case Tag.BOXED:
        return yield* this.value(n[1]!);
      default:
        throw exc(UnpicklingError, `invalid load key, '${String(tag)}'.`);
    }
  }

  private *items(n: Node[], from: number): Gen<Value[]> {
    const out: Value[] = new Array(n.length - from);
    for (let i = from; i < n.length; i++) {
      const x = n[i]!;
      out[i - from] = x === null || typeof x !== 'object' ? (x as Value) : yield* this.value(x);
    }
    return out;
  }

  private *fillDict(d: PyDict, n: Node[], from: number): Gen<void> {
    for (let i = from; i < n.length; i += 2) {
      const k = yield* this.value(n[i]!);
      const v = yield* this.value(n[i + 1]!);
      if (typeof k === 'string') d.setStr(k, v);
      else yield* dictSetCo(this.th, d, k, v);
    }
  }

  /** find_class: the module (already imported: the sender's own modules, or the re-run main) and the attribute path. */
  *global(module: string, qualname: string): Gen<Value> {
    const mods = this.th.interp.modules;
    let mod: Value | undefined = mods.getStr(module);
    if (!(mod instanceof PyModule)) {
      const imp = this.th.interp.builtins.getStr('__import__');
      if (imp !== undefined) yield callReq(imp, [module]);
      mod = mods.getStr(module);
      if (!(mod instanceof PyModule)) throw exc(E.ModuleNotFoundError!, `No module named '${module}'`);
    }
    let v: Value = mod;
    for (const part of qualname.split('.')) {
      const next: Value | undefined = yield* getAttrOr(this.th, v, part);
      if (next === undefined) throw attrErr(`Can't get attribute '${qualname}' on ${yield* reprCo(this.th, mod)}`);
      v = next;
    }
    return v;
  }

  private *instance(n: Node[]): Gen<Value> {
    const cls = (yield* this.value(n[1]!)) as PyClass;
    if (!(cls instanceof PyClass)) throw exc(UnpicklingError, 'state is not a class instance');
    const o = cls.alloc(cls);
    this.memo.push(o);
    if (n.length > 3) yield* this.fillBase(o, n[3] as Node[]);
    const state = yield* this.value(n[2]!);
    if (state !== null) yield* this.setState(o, state);
    return o;
  }

  private *fillBase(o: PyObject, base: Node[]): Gen<void> {
    if (o instanceof PyList) o.items = yield* this.items(base, 1);
    else if (o instanceof PyTuple) (o as { items: Value[] }).items = yield* this.items(base, 1);
    else if (o instanceof PyDict) yield* this.fillDict(o, base, 1);
    else if (o instanceof PySet) for (const x of yield* this.items(base, 1)) yield* setAddCo(this.th, o, x);
    else if (o instanceof PyBoxed) o.value = yield* this.value(base[1]!);
  }

  private *setState(o: Value, state: Value): Gen<void> {
    const setstate = typeOf(o).lookup('__setstate__');
    if (setstate instanceof PyFunction || setstate instanceof PyBuiltin) {
      yield callReq(setstate, [o, state]);
      return;
    }
    if (!(o instanceof PyObject) || o.dict === null || !(state instanceof PyDict)) return;
    for (const e of state.entries()) {
      if (typeof e.key === 'string' && e.value !== undefined) o.dict.setStr(e.key, e.value);
    }
  }

  private *exception(n: Node[]): Gen<Value> {
    const cls = (yield* this.value(n[1]!)) as PyClass;
    const e = newExc(cls, []);
    this.memo.push(e);
    e.args = (yield* this.value(n[2]!)) as PyTuple;
    if (n[3] !== null) {
      const d = (yield* this.value(n[3]!)) as PyDict;
      for (const en of d.entries()) if (typeof en.key === 'string' && en.value !== undefined) e.dict!.setStr(en.key, en.value);
    }
    return e;
  }
}

/** Unpickles `data` in this thread's interpreter. */
export function* loadsCo(th: Thread, data: string): Gen<Value> {
  let node: Node;
  try {
    node = JSON.parse(data) as Node;
  } catch {
    throw exc(UnpicklingError, 'could not find MARK');
  }
  if (node === null || typeof node !== 'object') return node as Value;
  return yield* new Unpickler(th).value(node);
}

