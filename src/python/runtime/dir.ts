/** dir(obj): the sorted attribute names CPython lists. */
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { typeOf } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { strCmp } from './compare.js';

function classNames(cls: PyClass, out: Set<string>): void {
  for (const c of cls.mro) for (const k of c.ns.keys()) if (typeof k === 'string') out.add(k);
}

export function dirOf(_th: Thread, obj: Value): string[] {
  const out = new Set<string>();
  if (obj instanceof PyModule) {
    for (const k of obj.ns.keys()) if (typeof k === 'string') out.add(k);
  } else if (obj instanceof PyClass) {
    classNames(obj, out);
  } else {
    if (obj instanceof PyObject && obj.dict !== null) for (const k of obj.dict.keys()) if (typeof k === 'string') out.add(k);
    classNames(typeOf(obj), out);
  }
  return [...out].sort(strCmp);
}
