/** Constant frozensets the compiler folds set displays into (as CPython does). */
import { PySet } from '../objects/set.js';
import type { Value } from '../objects/object.js';
import { T } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { runSync } from './dunder.js';
import { setAddCo } from './settable.js';

export function frozensetConst(items: Value[]): PySet {
  const s = new PySet(T.frozenset);
  // Constants are builtin values: no Python code runs, so no thread is needed.
  for (const v of items) runSync(setAddCo(null as unknown as Thread, s, v));
  return s;
}
