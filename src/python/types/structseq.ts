/**
 * Struct sequences (sys.version_info, time.struct_time): tuples whose items also
 * have names, with CPython's `module.name(field=value, ...)` repr.
 */
import { getsets, methods } from '../objects/native.js';
import type { PyClass, Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';
import { runOrCoro } from '../runtime/dunder.js';
import { itemRepr } from '../runtime/repr.js';

const made = new Map<string, PyClass>();

export function structSeq(module: string, name: string, fields: string[]): PyClass {
  const key = `${module}.${name}`;
  const hit = made.get(key);
  if (hit) return hit;
  const cls = builtinClass(`${module}.${name}`, T.tuple, null, module, name);
  delete T[`${module}.${name}`];
  const gets: Record<string, (th: unknown, v: Value) => Value> = {};
  fields.forEach((f, i) => (gets[f] = (_th, v) => (v as PyTuple).items[i] ?? null));
  getsets(cls, gets as never);
  methods(cls, {
    __repr__: (th, a) =>
      runOrCoro(
        (function* () {
          const t = a[0] as PyTuple;
          const parts: string[] = [];
          for (let i = 0; i < fields.length; i++) parts.push(`${fields[i]}=${yield* itemRepr(th, t.items[i] ?? null)}`);
          return `${key}(${parts.join(', ')})`;
        })(),
      ),
  });
  made.set(key, cls);
  return cls;
}

export function structValue(cls: PyClass, items: Value[]): PyTuple {
  return new PyTuple(items, cls);
}
