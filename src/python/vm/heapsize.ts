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
import { IntSet } from './intset.js';

/** Fields that are caches or derived indexes, not data the program holds. */
const SKIP = new Set(['cache', 'gcache', 'pool', 'tmap', 'hmap', 'interp']);

/**
 * The mark of the count under way: a Python object is counted once per count (its
 * `seen` is set to it), other objects (frames, cells, the host's arrays and maps) are
 * remembered in a set. Marks only grow, so a mark left by an earlier count, or copied
 * by a fork, never matches.
 */
let mark = 0;

/** How many distinct ints the last count found: the next count's table starts that large (its speed only, not its result). */
let lastInts = 0;

/** Bytes held by what is reachable from `interp` (see the file comment). */
export function heapSize(interp: Interpreter): number {
  const epoch = ++mark;
  const seen = new Set<object>();
  const strs = new Set<string>();
  const ints = new IntSet(lastInts);
  const todo: unknown[] = [interp.modules, interp.builtins, interp.builtinsModule, interp.mainModule, interp.atexit, interp.state, interp.threadStarts];
  for (const th of interp.threads.values()) todo.push(th.top, th.excInfo);
  let total = 0;
  while (todo.length > 0) {
    const v = todo.pop();
    switch (typeof v) {
      case 'string':
        // Equal strs are counted once: a program's equal strs are mostly one object (literals, interned names).
        if (v.length > 1 && !strs.has(v)) {
          strs.add(v);
          total += 49 + v.length;
        }
        continue;
      case 'number':
        // Small ints are cached by CPython; an equal int held twice is taken as one object (d[i] = i).
        if ((v < -5 || v > 256) && ints.add(v)) total += 28;
        continue;
      case 'bigint':
        total += 32 + 4 * Math.ceil(v.toString(16).length / 7.5);
        continue;
      case 'object':
        break;
      default:
        continue;
    }
    if (v === null) continue;
    if (v instanceof PyObject) {
      if (v.seen === epoch) continue;
      v.seen = epoch;
      if (v instanceof PyList || v instanceof PyTuple) {
        total += (v instanceof PyList ? 56 : 40) + 8 * v.items.length;
        for (const x of v.items) {
          // Ints are counted here rather than pushed (the order does not change the total): lists of ints are the common big heap.
          if (typeof x !== 'number') todo.push(x);
          else if ((x < -5 || x > 256) && ints.add(x)) total += 28;
        }
        todo.push(v.dict, v.cls);
        continue;
      }
      if (v instanceof PyDict) {
        // CPython's: 64 bytes empty, 184 up to five entries, then about 45 bytes an entry.
        total += v.map.size === 0 ? 64 : Math.max(184, 64 + 45 * v.map.size);
        v.map.forEach((e, k) => todo.push(k, e.key, e.value));
        todo.push(v.dict, v.cls);
        continue;
      }
      if (v instanceof PySet) {
        total += 200 + 16 * v.keys.length;
        for (const x of v.keys) todo.push(x);
        todo.push(v.dict, v.cls);
        continue;
      }
      if (shared(v)) continue;
      total += 48;
    } else {
      if (seen.has(v) || v instanceof Interpreter || v instanceof Thread) continue;
      seen.add(v);
      if (Array.isArray(v)) {
        total += 16 + 8 * v.length;
        for (const x of v) todo.push(x);
        continue;
      }
      if (v instanceof Map) {
        total += 64 + 40 * v.size;
        v.forEach((x, k) => todo.push(k, x));
        continue;
      }
      if (v instanceof Set) {
        total += 64 + 32 * v.size;
        v.forEach((x) => todo.push(x));
        continue;
      }
      if (ArrayBuffer.isView(v)) {
        total += 33 + v.byteLength;
        continue;
      }
      total += 64;
    }
    // Other objects' fields: only what they hold, not their own numbers and names (a
    // frame's position, a function's name), which are the VM's bookkeeping.
    const o = v as Record<string, unknown>;
    for (const k in o) {
      const x = o[k];
      if (typeof x === 'object' && x !== null && !SKIP.has(k)) todo.push(x);
    }
  }
  lastInts = ints.size;
  return total;
}

/** Python objects every process shares: builtin classes, stateless builtin functions, code, descriptors, singletons. */
function shared(o: PyObject): boolean {
  if (o instanceof PyClass) return o.builtin;
  if (o instanceof PyBuiltin) return o.self === undefined;
  return o instanceof Code || o instanceof PyGetSet || o instanceof PySingleton;
}
