/**
 * How much memory a process's program holds: everything reachable from its interpreter
 * (modules, every thread's frames, pending thread starts, atexit handlers), counted once
 * each, in CPython's sizes (sys.getsizeof on 64-bit 3.11, roughly). This is what the
 * memory limits count (objects/memory.ts): a chain of a million small objects is as
 * much memory as one big list, and only a count of what is reachable sees it.
 *
 * What every process shares is not counted: builtin classes and stateless builtin
 * functions, code objects, attribute descriptors and the singletons. Caches (a class's
 * attribute lookups, a function's global-lookup slots) are not the program's data.
 *
 * The count is deterministic: it depends only on the program's objects, never on the
 * host's allocator or garbage collector.
 */
import { Code } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { PyBuiltin } from '../objects/function.js';
import { PyGetSet } from '../objects/getset.js';
import { PyClass, PyObject, PySingleton } from '../objects/object.js';
import { PySet } from '../objects/set.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { Interpreter } from '../objects/interpreter.js';
import { Thread } from '../objects/thread.js';
import { DistinctNumbers } from './distinct.js';
import { DistinctStrings } from './distinctstrs.js';

/** Fields that are caches or derived indexes, not data the program holds. */
const SKIP = new Set(['cache', 'gcache', 'pool', 'tmap', 'hmap', 'interp']);

/**
 * The mark of the count under way: a Python object is counted once per count (its
 * `seen` is set to it), other objects (frames, cells, the host's arrays and maps) are
 * remembered in a set. Marks only grow, so a mark left by an earlier count, or copied
 * by a fork, never matches.
 */
let mark = 0;


/**
 * One count under way. A str, an int or a bigint is counted where it is met (`item`);
 * only objects go on the `todo` stack to be visited: the order does not change the
 * total, and a list of a million ints or bools is then one loop, not a million pushes.
 */
class Count {
  total = 0;
  readonly todo: object[] = [];
  /** Equal strs are counted once: a program's equal strs are mostly one object (literals, interned names). */
  readonly strs = new DistinctStrings((s) => 49 + s.length);
  readonly ints = new DistinctNumbers();

  item(x: unknown): void {
    switch (typeof x) {
      case 'object':
        if (x !== null) this.todo.push(x);
        return;
      case 'number':
        // Small ints are cached by CPython; an equal int held twice is taken as one object (d[i] = i): 28 bytes each distinct one (result()).
        if (x < -5 || x > 256) this.ints.add(x);
        return;
      case 'string':
        if (x.length > 1) this.strs.add(x);
        return;
      case 'bigint':
        this.total += 32 + 4 * Math.ceil(x.toString(16).length / 7.5);
        return;
      default:
    }
  }

  /** The count's result, its ints included. */
  result(): number {
    return this.total + this.strs.bytes() + 28 * this.ints.count();
  }
}

/** Bytes held by what is reachable from `interp` (see the file comment). */
export function heapSize(interp: Interpreter): number {
  const epoch = ++mark;
  const seen = new Set<object>();
  const c = new Count();
  const todo = c.todo;
  for (const root of [interp.modules, interp.builtins, interp.builtinsModule, interp.mainModule, interp.atexit, interp.state, interp.threadStarts]) c.item(root);
  for (const th of interp.threads.values()) {
    c.item(th.top);
    c.item(th.excInfo);
  }
  while (todo.length > 0) {
    const v = todo.pop()!;
    if (v instanceof PyObject) {
      if (v.seen === epoch) continue;
      v.seen = epoch;
      if (v instanceof PyList || v instanceof PyTuple) {
        const items = v.items;
        c.total += (v instanceof PyList ? 56 : 40) + 8 * items.length;
        for (let i = 0; i < items.length; i++) c.item(items[i]);
        c.item(v.dict);
        c.item(v.cls);
        continue;
      }
      if (v instanceof PyDict) {
        // CPython's: 64 bytes empty, 184 up to five entries, then about 45 bytes an entry.
        c.total += v.map.size === 0 ? 64 : Math.max(184, 64 + 45 * v.map.size);
        v.map.forEach((e, k) => {
          c.item(k);
          // An int or str key is its own map key: counting it twice would add nothing.
          if (e.key !== k) c.item(e.key);
          c.item(e.value);
        });
        c.item(v.dict);
        c.item(v.cls);
        continue;
      }
      if (v instanceof PySet) {
        const keys = v.keys;
        c.total += 200 + 16 * keys.length;
        for (let i = 0; i < keys.length; i++) c.item(keys[i]);
        c.item(v.dict);
        c.item(v.cls);
        continue;
      }
      if (shared(v)) continue;
      c.total += 48;
    } else {
      if (seen.has(v) || v instanceof Interpreter || v instanceof Thread) continue;
      seen.add(v);
      if (Array.isArray(v)) {
        c.total += 16 + 8 * v.length;
        for (let i = 0; i < v.length; i++) c.item(v[i]);
        continue;
      }
      if (v instanceof Map) {
        c.total += 64 + 40 * v.size;
        v.forEach((x, k) => {
          c.item(k);
          c.item(x);
        });
        continue;
      }
      if (v instanceof Set) {
        c.total += 64 + 32 * v.size;
        v.forEach((x) => c.item(x));
        continue;
      }
      if (ArrayBuffer.isView(v)) {
        c.total += 33 + v.byteLength;
        continue;
      }
      c.total += 64;
    }
    // Other objects' fields: only what they hold, not their own numbers and names (a
    // frame's position, a function's name), which are the VM's bookkeeping.
    const o = v as Record<string, unknown>;
    for (const k in o) {
      const x = o[k];
      if (typeof x === 'object' && x !== null && !SKIP.has(k)) todo.push(x);
    }
  }
  return c.result();
}

/** Python objects every process shares: builtin classes, stateless builtin functions, code, descriptors, singletons. */
function shared(o: PyObject): boolean {
  if (o instanceof PyClass) return o.builtin;
  if (o instanceof PyBuiltin) return o.self === undefined;
  return o instanceof Code || o instanceof PyGetSet || o instanceof PySingleton;
}
