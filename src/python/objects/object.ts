/**
 * The Python value representation.
 *
 *   int        JS number (a safe integer) or bigint beyond (lib/pyint.ts: never a small bigint)
 *   bool       JS boolean
 *   str        JS string (UTF-16; code-point aware where it shows: len, index, slice)
 *   None       JS null
 *   everything else: a PyObject subclass carrying its class (`cls`) and an optional
 *   instance `__dict__` (`dict`); a float is a boxed PyFloat.
 *
 * Builtin types are process-wide singletons (immutable, shared by every
 * interpreter and by fork); user classes and all instances belong to one heap.
 */
import type { PyDict } from './dict.js';

export type Value = number | bigint | boolean | string | null | PyObject;

export class PyObject {
  /** The last count of its process's memory that reached it (vm/heapsize.ts): a mark, so that a count visits it once. */
  seen = 0;
  constructor(
    public cls: PyClass,
    public dict: PyDict | null = null,
  ) {}
}

/** The last type version tag given out (PyClass.tag). */
let lastTag = 0;

/** Allocates an instance of `cls` whose solid base this allocator belongs to. */
export type Alloc = (cls: PyClass) => PyObject;

export class PyClass extends PyObject {
  /** Method resolution order, starting with this class. */
  mro: PyClass[] = [];
  /** The builtin class whose layout instances have (object, list, dict, Exception, ...). */
  solid: PyClass;
  alloc: Alloc;
  private cache = new Map<string, Value | undefined>();
  /**
   * The type version tag (CPython's tp_version_tag): a new one whenever this class's
   * namespace, or a base's, changes (`changed`). Inline caches keep (class, tag), so a
   * write to one class attribute invalidates what was found on that class and its
   * subclasses only, not every cache of the program.
   */
  tag = ++lastTag;
  /** The user classes that name this one as a base (for `changed`); builtin classes never change. */
  subclasses: PyClass[] = [];
  /** For builtin classes: a user subclass's instances get an instance dict. */
  readonly builtin: boolean;
  /** Set when the class defines abstract methods it does not implement (abc). */
  abstract: string[] | null = null;
  /** `__new__` and `__init__` along the MRO as calling the class found them (runtime/typecall.ts), valid while `tag` equals `callTag`. */
  callNew: Value | undefined = undefined;
  callInit: Value | undefined = undefined;
  callTag = -1;
  /**
   * For a few builtin classes (str, int, float): what calling the class itself with one
   * positional argument gives when that needs no Python code, else undefined — the
   * result `__new__` would give, without its argument parsing (types/str.ts, numbers.ts).
   */
  call1: ((x: Value) => Value | undefined) | null = null;

  constructor(
    meta: PyClass | null,
    public name: string,
    public bases: PyClass[],
    ns: PyDict,
    public module: string,
    public qualname: string,
    builtin: boolean,
    alloc: Alloc | null,
  ) {
    super(meta as PyClass, ns);
    this.builtin = builtin;
    const first = bases[0];
    this.solid = alloc !== null || !first ? this : first.solid;
    this.alloc = alloc ?? first?.alloc ?? ((cls) => new PyObject(cls));
    for (const b of bases) if (!b.builtin) b.subclasses.push(this);
  }

  /** After a change to this class's namespace: forgets what it and its subclasses found along their MROs. */
  changed(): void {
    this.tag = ++lastTag;
    this.cache.clear();
    for (const s of this.subclasses) s.changed();
  }

  /**
   * After `name` in this class's namespace went from `before` to `after`. Replacing
   * one plain datum with another (`Shape.count += 1`) changes no method an inline
   * cache can hold (they hold functions or a kind, not data), so only the lookups
   * of `name` change: this class finds the new datum (its own namespace comes first
   * in its MRO), and its subclasses forget what they found; any other change is
   * `changed()`.
   */
  changedName(name: string, before: Value | undefined, after: Value | undefined): void {
    if (!isDatum(before) || !isDatum(after)) return this.changed();
    this.cache.set(name, after);
    for (const s of this.subclasses) s.forget(name);
  }

  private forget(name: string): void {
    this.cache.delete(name);
    for (const s of this.subclasses) s.forget(name);
  }

  /** The class namespace (never null for a class). */
  get ns(): PyDict {
    return this.dict!;
  }

  /** Looks `name` up along the MRO; undefined when absent. Cached until the class or a base changes. */
  lookup(name: string): Value | undefined {
    const hit = this.cache.get(name);
    if (hit !== undefined || this.cache.has(name)) return hit;
    let found: Value | undefined;
    for (const c of this.mro) {
      const v = c.dict!.getStr(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found;
  }

  /** The class in the MRO that defines `name` (for super and reprs). */
  definer(name: string): PyClass | undefined {
    for (const c of this.mro) if (c.dict!.getStr(name) !== undefined) return c;
    return undefined;
  }

  isSubclassOf(other: PyClass): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Forgets cached lookups (after fork, the clone starts with an empty cache). */
  resetCache(): void {
    this.cache = new Map();
    this.tag = ++lastTag;
  }
}

/** A value no attribute protocol treats specially: int, bool, str, None, float. */
export function isDatum(v: Value | undefined): boolean {
  return v !== undefined && (v === null || typeof v !== 'object' || v instanceof PyFloat);
}

/** After c3 fails: the heads of what was left to merge (CPython names them in its error). */
export let c3Conflict: PyClass[] = [];

/**
 * C3 linearisation. Returns null when no consistent order exists (the caller
 * raises CPython's "Cannot create a consistent method resolution order (MRO)").
 */
export function c3(cls: PyClass, bases: PyClass[]): PyClass[] | null {
  const seqs = [...bases.map((b) => [...b.mro]), [...bases]].filter((s) => s.length > 0);
  const out: PyClass[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let head: PyClass | null = null;
    for (const s of live) {
      const cand = s[0]!;
      if (!live.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === null) {
      c3Conflict = [];
      for (const sq of live) if (!c3Conflict.includes(sq[0]!)) c3Conflict.push(sq[0]!);
      return null;
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

/** A float: boxed, so that 1.0 and 1 stay distinct. */
export class PyFloat extends PyObject {
  constructor(
    cls: PyClass,
    readonly v: number,
  ) {
    super(cls);
  }
}

/** Singleton objects without behaviour of their own (NotImplemented, Ellipsis). */
export class PySingleton extends PyObject {
  constructor(
    cls: PyClass,
    readonly label: string,
  ) {
    super(cls);
  }
}
