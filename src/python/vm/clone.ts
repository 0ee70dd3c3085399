/**
 * fork(): a deep copy of an interpreter's heap — modules, classes, instances,
 * frames, generators, iterator positions — with identity and cycles kept (one
 * memo), and ids carried over. Shared, never copied: builtin classes, code
 * objects, stateless builtin functions, immutable atoms (floats, bytes; not an
 * instance of a bytes subclass, whose class is the process's own) and
 * immutable values made only of shared parts (tuples, frozensets, ranges, slices,
 * complex numbers of the builtin classes): no process can change them, so parent
 * and child may hold the one object. Values that stand for kernel objects are
 * plain handle numbers, copied as such.
 *
 * Caches that point into the parent's heap are dropped (global-lookup caches,
 * class attribute caches) and refill in the child on first use.
 */
import { PyRandom } from '../lib/mt19937.js';
import { Code } from '../objects/code.js';
import type { Entry } from '../objects/dict.js';
import { PyDict } from '../objects/dict.js';
import { PyBuiltin, PyFunction } from '../objects/function.js';
import { PyGetSet } from '../objects/getset.js';
import { PyClass, PyFloat, PyObject, PySingleton, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PySet } from '../objects/set.js';
import { PyRange, PySlice } from '../objects/range.js';
import { PyComplex } from '../objects/complex.js';
import { T } from '../objects/types.js';
import { PyBytes } from '../objects/bytes.js';
import { DictIter } from '../objects/iterators.js';
import { IdSpace } from '../objects/identity.js';
import { Frame, NativeFrame } from '../objects/frame.js';
import { Interpreter } from '../objects/interpreter.js';
import { Thread } from '../objects/thread.js';
import { slots } from '../objects/slots.js';
import { panic } from './panic.js';

/**
 * Objects deep the copy may recurse before what an object holds waits its turn: far below
 * the host's stack limit, far above what ordinary heaps nest (a 200,000-deep list, or a
 * fork 200,000 calls deep, copies through the work list).
 */
const DEEP = 500;

/**
 * The `seen` of a Python object found shared (`shared`: a verdict that cannot change —
 * a builtin class, a stateless builtin, an immutable value): later copies return it
 * as itself without a dispatch or a memo entry (a fork meets the builtins' 150 values
 * every time). A small integer (V8 keeps `seen` unboxed), below every memo mark
 * (-(i + 1)) and never a count's (positive); a count overwrites it, and the next copy
 * finds the verdict again. Used only while no object has an id: otherwise a shared
 * object's id, and its parts', must be carried over (`share`).
 */
const SHARED = -(2 ** 30);

export class Cloner {
  /** Copies of what is not a Python object (arrays, maps, frames, the host's objects). */
  private readonly memo = new Map<object, object>();
  /**
   * Copies of Python objects, most of the heap, without a Map: `pairs[2i]` is an original
   * and `pairs[2i + 1]` its copy, the original's `seen` is -(i + 1) (a count's marks are
   * positive: heapsize.ts). A mark is trusted only where `pairs` agrees, so a mark left by
   * an earlier copy (or one that failed) never misleads this one, and none needs clearing.
   * The table is the last copy's, emptied (`spare`), so that it does not grow again.
   */
  private readonly pairs: (object | undefined)[] = takeSpare();
  /** Entries of `pairs` in use. */
  private used = 0;
  private readonly fixups: (() => void)[] = [];
  private readonly entryMaps = new Map<PyDict, Map<Entry, Entry>>();
  /** The child's thread whose frames are being copied (native frames are re-created for it). */
  thread: Thread | null = null;
  constructor(
    readonly from: IdSpace,
    readonly to: IdSpace,
  ) {}

  /** How deep the copy is in objects; past DEEP, what an object holds is copied later (`later`). */
  private depth = 0;
  /** Copies that wait their turn: the outermost call runs them, so nesting never deepens the host's stack past DEEP. */
  private readonly later: (() => void)[] = [];

  /** Notes `c` as the copy of `o` (`c` may be `o` itself: a shared object). */
  private remember(o: object, c: object): void {
    if (o instanceof PyObject) {
      const i = this.used;
      this.pairs[i] = o;
      this.pairs[i + 1] = c;
      this.used = i + 2;
      o.seen = -(i / 2 + 1);
    } else this.memo.set(o, c);
  }

  /** The copy of `o` made so far, or undefined. */
  private recall(o: object): object | undefined {
    if (o instanceof PyObject) {
      if (o.seen === SHARED && this.from.given === 0) return o;
      const i = -2 * o.seen - 2;
      return i >= 0 && this.pairs[i] === o ? this.pairs[i + 1] : undefined;
    }
    return this.memo.get(o);
  }

  /** Copies any value reachable from the heap. */
  value<V>(v: V): V {
    if (v === null || typeof v !== 'object') return v;
    const hit = this.recall(v as object);
    if (hit !== undefined) return hit as V;
    if (this.depth > 0) {
      this.depth++;
      try {
        return this.object(v as object) as V;
      } finally {
        this.depth--;
      }
    }
    this.depth = 1;
    try {
      const c = this.object(v as object) as V;
      for (let job = this.later.pop(); job !== undefined; job = this.later.pop()) job();
      return c;
    } finally {
      this.depth = 0;
    }
  }

  /** Whether what the object being copied holds must wait (the copy is DEEP objects deep). */
  private get deep(): boolean {
    return this.depth >= DEEP;
  }

  private object(o: object): object {
    const proto = Object.getPrototypeOf(o) as object;
    let kind = kinds.get(proto);
    if (kind === undefined) kinds.set(proto, (kind = kindOf(o)));
    switch (kind) {
      case Kind.plain:
        return this.plain(o as PyObject, proto);
      case Kind.array: {
        const from = o as unknown[];
        const a: unknown[] = new Array(from.length);
        this.remember(o, a);
        if (this.deep) this.later.push(() => this.fill(a, from));
        else this.fill(a, from);
        return a;
      }
      case Kind.dict:
        return this.dict(o as PyDict);
      case Kind.shared:
        this.share(o);
        return o;
      case Kind.maybeShared:
        if (shared(o)) {
          this.share(o);
          return o;
        }
        if (proto === PyTuple.prototype) return this.tuple(o as PyTuple);
        break;
      case Kind.dictIter:
        return this.dictIter(o as DictIter);
      case Kind.frame:
        return this.frame(o as Frame);
      case Kind.native:
        return this.native(o as NativeFrame);
      case Kind.function:
        return this.fn(o as PyFunction);
      case Kind.map: {
        const m = new Map();
        this.remember(o, m);
        for (const [k, v] of o as Map<unknown, unknown>) m.set(this.value(k), this.value(v));
        return m;
      }
      case Kind.set: {
        const s = new Set();
        this.remember(o, s);
        for (const v of o as Set<unknown>) s.add(this.value(v));
        return s;
      }
      case Kind.random: {
        const r = (o as PyRandom).clone();
        this.remember(o, r);
        return r;
      }
      case Kind.bytes: {
        const c = (o as Uint8Array).slice();
        this.remember(o, c);
        return c;
      }
      case Kind.fields:
        break;
      default:
        kind satisfies never;
    }
    const c = Object.create(Object.getPrototypeOf(o)) as Record<string, unknown>;
    this.remember(o, c);
    this.from.inherit(this.to, o, c);
    const src = o as Record<string, unknown>;
    const fn = o instanceof PyFunction;
    const cls = o instanceof PyClass;
    for (const k of Object.keys(src)) {
      // Caches are rebuilt below, not copied (a class's lookups hold every attribute it was asked for).
      if (fn ? k === 'pool' || k === 'gcache' : cls && k === 'cache') continue;
      c[k] = this.value(src[k]);
    }
    if (o instanceof PyClass) (c as unknown as PyClass).resetCache();
    if (o instanceof PyFunction) {
      (c as unknown as PyFunction).gcache = slots(o.code.names.length);
      (c as unknown as PyFunction).pool = null;
    }
    return c;
  }

  /**
   * A shared object, not copied: the child still sees the id it had in the parent, and so
   * do the parts of an immutable value (a tuple inside a shared tuple is met only here).
   * It is memoised as itself: met again (a builtin class is every instance's class), it
   * is one lookup, and an immutable value's parts are visited once.
   */
  private share(o: object): void {
    if (this.from.given === 0 && o instanceof PyObject) {
      // No ids to carry over: nothing to do for its parts either (they are met only through it, or found shared on their own).
      o.seen = SHARED;
      return;
    }
    this.from.inherit(this.to, o, o);
    this.remember(o, o);
    const parts = o instanceof PyTuple ? o.items : o instanceof PySet ? o.items() : o instanceof PySlice ? [o.start, o.stop, o.step] : null;
    if (parts === null) return;
    for (let i = 0; i < parts.length; i++) {
      const x = parts[i];
      if (x === null || typeof x !== 'object' || this.recall(x) !== undefined) continue;
      this.share(x);
    }
  }

  /**
   * The two most common objects, field by field: an instance of a Python class (a
   * plain PyObject: class and attribute dict) and a list.
   */
  private plain(o: PyObject, proto: object): object {
    if (proto === PyList.prototype) {
      const l = o as PyList;
      const items = new Array(l.items.length);
      // A list of the builtin class (shared): made as any list is, the shape V8 knows.
      const builtin = l.cls === T.list;
      const c = builtin ? new PyList(items) : (Object.create(proto) as PyList);
      this.remember(o, c);
      this.from.inherit(this.to, o, c);
      if (!builtin) {
        c.cls = this.value(l.cls);
        c.dict = null;
        c.seen = 0;
        c.items = items;
      }
      if (this.deep) this.later.push(() => this.fill(items, l.items));
      else this.fill(items, l.items);
      if (l.dict !== null) c.dict = this.value(l.dict);
      return c;
    }
    // Object.create: no constructor (its field initialisers cost more than the copy).
    const c = Object.create(proto) as PyObject;
    this.remember(o, c);
    this.from.inherit(this.to, o, c);
    c.cls = this.value(o.cls);
    if (this.deep) {
      c.dict = null;
      this.later.push(() => (c.dict = this.value(o.dict)));
    } else c.dict = this.value(o.dict);
    c.seen = 0;
    return c;
  }

  /**
   * A tuple that holds something a process can change (a list, an instance): made by its
   * constructor, as lists are (`plain`), its items copied into a new array.
   */
  private tuple(o: PyTuple): PyTuple {
    const items = new Array(o.items.length);
    const c = new PyTuple(items);
    this.remember(o, c);
    this.from.inherit(this.to, o, c);
    if (o.cls !== T.tuple) c.cls = this.value(o.cls);
    if (this.deep) this.later.push(() => this.fill(items, o.items));
    else this.fill(items, o.items);
    if (o.dict !== null) c.dict = this.value(o.dict);
    return c;
  }

  /**
   * A function, field by field. Made by its constructor, so that copies have the shape
   * every function has (V8's caches on calls stay monomorphic in the child); its
   * arguments are placeholders, overwritten once the copy is remembered (the function's
   * globals hold it). Its caches start empty, as a new function's do.
   */
  private fn(o: PyFunction): PyFunction {
    const c = new PyFunction(o.code, (placeholder ??= new PyDict()), null, null, null);
    this.remember(o, c);
    this.from.inherit(this.to, o, c);
    const w = c as { -readonly [K in keyof PyFunction]: PyFunction[K] };
    w.cls = this.value(o.cls);
    w.dict = this.value(o.dict);
    w.globals = this.value(o.globals);
    w.defaults = this.value(o.defaults);
    w.kwdefaults = this.value(o.kwdefaults);
    w.closure = this.value(o.closure);
    w.annotations = this.value(o.annotations);
    w.name = o.name;
    w.qualname = o.qualname;
    w.module = this.value(o.module);
    w.doc = this.value(o.doc);
    return c;
  }

  /** `to[i]` = the copy of `from[i]`, for every i. */
  private fill(to: unknown[], from: readonly unknown[]): void {
    for (let i = 0; i < from.length; i++) {
      const v = from[i];
      to[i] = v === null || typeof v !== 'object' ? v : this.value(v);
    }
  }

  /** A dict, entry by entry (entries are objects other code may hold). */
  private dict(d: PyDict): PyDict {
    // Made by its constructor (the shape every dict has, so V8's caches on dicts stay
    // monomorphic in the child), its class set once it is remembered (the class may hold it).
    const c = new PyDict();
    this.remember(d, c);
    this.from.inherit(this.to, d, c);
    const fields = c as unknown as { map: Map<unknown, Entry>; tmap: Map<string, Entry> | null; hmap: Map<unknown, Entry[]> | null; version: number };
    if (d.cls !== T.dict) c.cls = this.value(d.cls);
    c.dict = this.value(d.dict);
    fields.version = d.version;
    // Entries are not memoised (the copy's hot path): the only other holders, dict
    // iterators, find their entries through entryCopies().
    const map = c.map as Map<unknown, Entry>;
    if (d.tmap === null && d.hmap === null) {
      // The common case: keys are strs, ints, None or objects hashed by identity.
      const deep = this.deep;
      d.map.forEach((e, k) => {
        const v = e.value;
        const key = typeof k === 'object' && k !== null ? this.value(k) : k;
        const ne: Entry = { key: (k === e.key ? k : this.value(e.key)) as Value, value: v === null || typeof v !== 'object' ? v : deep ? null : this.value(v) };
        if (deep && v !== null && typeof v === 'object') this.later.push(() => (ne.value = this.value(v)));
        map.set(key, ne);
      });
      return c;
    }
    const side = new Map<Entry, Entry>();
    for (const [k, e] of d.map) {
      const ne: Entry = { key: this.value(e.key), value: this.value(e.value) };
      if (k === e) {
        side.set(e, ne);
        fields.map.set(ne, ne);
      } else fields.map.set(this.value(k as Value), ne);
    }
    if (d.tmap) {
      fields.tmap = new Map();
      for (const [enc, e] of d.tmap) fields.tmap.set(enc, side.get(e)!);
    }
    if (d.hmap) {
      fields.hmap = new Map();
      for (const [h, bucket] of d.hmap) fields.hmap.set(h, bucket.map((e) => side.get(e)!));
    }
    return c;
  }

  /**
   * A dict iterator: its snapshot holds the dict's own entries, which must map to
   * the copy's entries (so values stored later show through). Done at the end of
   * the copy, when every dict is complete.
   */
  private dictIter(it: DictIter): DictIter {
    const c = Object.create(DictIter.prototype) as DictIter;
    this.remember(it, c);
    this.from.inherit(this.to, it, c);
    const src = it as unknown as Record<string, unknown>;
    const w = c as unknown as Record<string, unknown>;
    for (const k of Object.keys(src)) if (k !== 'entries') w[k] = this.value(src[k]);
    this.fixups.push(() => {
      const copies = this.entryCopies(it.d);
      w.entries = it.entries.map((e) => copies.get(e) ?? { key: this.value(e.key), value: this.value(e.value) });
    });
    return c;
  }

  /** Old entry → new entry of a copied dict (both maps hold their entries in the same order). */
  private entryCopies(d: PyDict): Map<Entry, Entry> {
    let m = this.entryMaps.get(d);
    if (m === undefined) {
      m = new Map();
      const nd = this.recall(d) as PyDict;
      const a = [...d.map.values()];
      const b = [...nd.map.values()];
      for (let i = 0; i < a.length; i++) m.set(a[i]!, b[i]!);
      this.entryMaps.set(d, m);
    }
    return m;
  }

  /** Runs what had to wait until the whole heap was copied. */
  finish(): void {
    for (const f of this.fixups) f();
    // Emptied, so that it holds on to neither heap, and kept for the next copy.
    this.pairs.fill(undefined, 0, this.used);
    spare = this.pairs;
  }

  private frame(f: Frame): Frame {
    const c = Object.create(Frame.prototype) as Frame;
    this.remember(f, c);
    const w = c as unknown as Record<string, unknown>;
    w.code = f.code;
    w.ip = f.ip;
    w.sp = f.sp;
    w.ret = f.ret;
    w.regs = this.value(f.regs);
    w.cells = this.value(f.cells);
    w.globals = this.value(f.globals);
    w.builtins = this.value(f.builtins);
    w.locals = this.value(f.locals);
    w.func = this.value(f.func);
    w.initSelf = this.value(f.initSelf);
    w.blocks = f.blocks === null ? null : f.blocks.slice();
    w.gen = this.value(f.gen);
    if (this.deep) this.later.push(() => (w.back = this.value(f.back)));
    else w.back = this.value(f.back);
    w.gcache = c.func !== null ? c.func.gcache : slots(f.code.names.length);
    return c;
  }

  /** Only native frames that can be re-created at their first yield survive a fork. */
  private native(nf: NativeFrame): NativeFrame {
    if (nf.replay === null) panic(`native frame ${nf.name} on the stack at fork`);
    if (this.thread === null) panic('native frame copied without its thread');
    const gen = nf.replay(this.thread);
    gen.next();
    const c = new NativeFrame(gen, nf.name);
    c.replay = nf.replay;
    this.remember(nf, c);
    c.back = this.value(nf.back);
    c.discard = nf.discard;
    c.post = nf.post;
    return c;
  }
}

/**
 * The memo table of the last finished copy, emptied, for the next one: a fork's table has
 * two entries per object copied, and growing it anew at every fork cost a tenth to a
 * fifth of the fork (what V8 allocates, copies and collects). A copy that failed never
 * gives its table back.
 */
let spare: (object | undefined)[] | null = null;

function takeSpare(): (object | undefined)[] {
  const t = spare ?? [];
  spare = null;
  return t;
}

/** How the copy treats an object, by its prototype (`kindOf`). */
const enum Kind {
  /** A plain instance or a list: field by field (`plain`). */
  plain,
  array,
  dict,
  /** Shared whatever the instance (code, descriptors, singletons). */
  shared,
  /** Shared or copied as the instance says (`shared`: a builtin class, a stateless builtin, an immutable value). */
  maybeShared,
  dictIter,
  frame,
  native,
  map,
  set,
  random,
  bytes,
  /** A function (of exactly PyFunction's class): its fields by name (`fn`). */
  function,
  /** Any other object: its own fields, copied one by one. */
  fields,
}

/** The globals a function copy is made with, replaced at once (`Cloner.fn`); made on first use (the builtin classes exist by then). */
let placeholder: PyDict | null = null;

/** Each prototype's Kind, found once: the copy's dispatch is one lookup, not a chain of instanceof tests. */
const kinds = new Map<object, Kind>();

function kindOf(o: object): Kind {
  const proto = Object.getPrototypeOf(o);
  if (proto === PyObject.prototype || proto === PyList.prototype) return Kind.plain;
  if (Array.isArray(o)) return Kind.array;
  if (proto === PyFunction.prototype) return Kind.function;
  if (o instanceof PyDict) return Kind.dict;
  if (o instanceof Code || o instanceof PyGetSet || o instanceof PySingleton) return Kind.shared;
  if (o instanceof PyClass || o instanceof PyBuiltin || o instanceof PyTuple || o instanceof PySet || o instanceof PyRange || o instanceof PySlice || o instanceof PyComplex || o instanceof PyFloat || o instanceof PyBytes) return Kind.maybeShared;
  if (o instanceof DictIter) return Kind.dictIter;
  if (o instanceof Frame) return Kind.frame;
  if (o instanceof NativeFrame) return Kind.native;
  if (o instanceof Map) return Kind.map;
  if (o instanceof Set) return Kind.set;
  if (o instanceof PyRandom) return Kind.random;
  if (ArrayBuffer.isView(o)) return Kind.bytes;
  return Kind.fields;
}

/** Objects every heap shares: immutable, or builtin and stateless. */
function shared(o: object): boolean {
  if (o instanceof PyClass) return o.builtin;
  if (o instanceof PyBuiltin) return o.self === undefined;
  if (o instanceof PyTuple || o instanceof PySet || o instanceof PyRange || o instanceof PySlice || o instanceof PyComplex) return immutable(o, 0);
  // An instance of a user subclass of bytes is a PyBytes whose class is the process's own (copied).
  if (o instanceof PyFloat || o instanceof PyBytes) return o.cls.builtin;
  return o instanceof Code || o instanceof PyGetSet || o instanceof PySingleton;
}

/**
 * Nesting past which an immutable value is copied rather than checked (the check
 * recurses; the copy has its own work list for deep data).
 */
const NESTED = 32;

/**
 * What `immutable` found for a value: a tuple or frozenset cannot change, so neither can
 * the verdict, and every later fork reuses it (a value met again is one lookup).
 */
const verdicts = new WeakMap<PyObject, boolean>();

/**
 * Whether a value of a builtin immutable class (not a subclass instance, which has a
 * class and maybe a dict of its own) holds only what every heap shares: atoms
 * (str, int, bool, None), floats, bytes, builtin classes and functions, and other
 * such values. A tuple holding a list is not: the list is the process's own.
 */
function immutable(o: PyObject, depth: number): boolean {
  const known = verdicts.get(o);
  if (known !== undefined) return known;
  let ok: boolean;
  if (o.dict !== null || depth > NESTED) ok = false;
  else if (o instanceof PyTuple) ok = o.cls === T.tuple && o.items.every((x) => part(x, depth));
  else if (o instanceof PySet) ok = o.cls === T.frozenset && o.items().every((x) => part(x, depth));
  else if (o instanceof PySlice) ok = part(o.start, depth) && part(o.stop, depth) && part(o.step, depth);
  else ok = o.cls.builtin; // a range (its bounds are ints) or a complex number of the builtin class
  verdicts.set(o, ok);
  return ok;
}

/** Whether a part of an immutable value is shared (an atom, or a shared object). */
function part(v: Value, depth: number): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (v instanceof PyTuple || v instanceof PySet || v instanceof PyRange || v instanceof PySlice || v instanceof PyComplex) return immutable(v, depth + 1);
  return shared(v);
}

/** The child's interpreter: the heap copied, one thread (the one that forked) as `childTid`. */
export function forkInterpreter(parent: Interpreter, tid: number, childTid: number, childPid: number): Interpreter {
  const ids = new IdSpace(parent.ids.next);
  const k = new Cloner(parent.ids, ids);
  const child = new Interpreter({ ...parent.info, pid: childPid, ppid: parent.info.pid }, parent.sources, parent.mainPath, parent.importer);
  const th = parent.threads.get(tid);
  if (!th) panic(`fork from unknown thread ${tid}`);
  // Native frames are re-created for the child's thread wherever the copy meets them: on
  // the forking thread's stack, or held by the heap (another thread's frames, which the
  // child never runs: only the forking thread survives a fork).
  const cth = new Thread(child, childTid);
  k.thread = cth;
  child.ids = ids;
  child.modules = k.value(parent.modules);
  child.builtins = k.value(parent.builtins);
  child.builtinsModule = k.value(parent.builtinsModule);
  child.mainModule = k.value(parent.mainModule);
  child.recursionLimit = parent.recursionLimit;
  // The child holds what its parent holds: its last count, and the estimate since (a fork resets neither).
  child.mem = { ...parent.mem };
  child.atexit = k.value(parent.atexit);
  child.cwd = parent.cwd;
  child.argv = parent.argv.slice();
  child.state = k.value(parent.state);
  child.threadStarts = k.value(parent.threadStarts);
  child.forkHooks = parent.forkHooks.slice();
  child.onSignal = parent.onSignal;
  cth.top = k.value(th.top);
  cth.excInfo = k.value(th.excInfo);
  cth.depth = th.depth;
  cth.waiting = true;
  k.finish();
  child.threads.set(childTid, cth);
  for (const hook of child.forkHooks) hook(child);
  return child;
}
