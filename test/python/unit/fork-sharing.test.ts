/**
 * What fork shares instead of copying (vm/clone.ts): immutable values made only of
 * shared parts are the one object in parent and child; a value that holds anything a
 * process can change (a list, a function, an instance of a user class) is copied. Not
 * visible to the program (ids are kept either way, fork-isolation.py checks that against
 * CPython): these tests look at the two heaps from outside.
 */
import { describe, expect, it } from 'vitest';
import { runPython } from '../../../src/scenario/python.js';
import type { Interpreter } from '../../../src/python/objects/interpreter.js';
import type { Value } from '../../../src/python/objects/object.js';

/** Parent and child stay alive, blocked on a pipe nobody writes: the run ends stuck with both heaps kept. */
const PROGRAM = `import os
class Pair(tuple):
    pass
def f():
    pass
t = (1, 'a', (2.5, None, b'x', 10**30), frozenset({3, (4,)}), int, len)
fs = frozenset({'x', (1, 2)})
rg = range(3, 30, 3)
sl = slice(1, None, (2, 3))
z = 1 + 2j
holds_list = (0, (1, [2]))
holds_function = (f,)
holds_bound = (len, [].append)
pair = Pair((1, 2))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
os.read(r, 1)
`;

function heaps(): { parent: Interpreter; child: Interpreter } {
  const r = runPython(PROGRAM);
  expect(r.status).toBe(124);
  const rt = (r.kernel as unknown as { ctx: { rt: Record<number, { space?: { interp?: Interpreter } } | undefined> } }).ctx.rt;
  const interps = Object.values(rt)
    .map((e) => e?.space?.interp)
    .filter((i): i is Interpreter => i !== undefined);
  const parent = interps.find((i) => i.info.ppid !== undefined && interps.every((j) => j.info.pid !== i.info.ppid));
  const child = interps.find((i) => i !== parent);
  if (parent === undefined || child === undefined) throw new Error(`expected two Python processes, found ${interps.length}`);
  return { parent, child };
}

const global = (i: Interpreter, name: string): Value => {
  const v = i.mainModule!.dict!.getStr(name);
  if (v === undefined) throw new Error(`no global ${name}`);
  return v;
};

describe('fork shares immutable values', () => {
  const { parent, child } = heaps();

  it('tuples, frozensets, ranges, slices and complex numbers made of atoms and shared objects are one object in both heaps', () => {
    for (const name of ['t', 'fs', 'rg', 'sl', 'z']) expect(global(child, name), name).toBe(global(parent, name));
  });

  it('copies a value that holds anything a process can change, and a tuple subclass instance', () => {
    for (const name of ['holds_list', 'holds_function', 'holds_bound', 'pair']) expect(global(child, name), name).not.toBe(global(parent, name));
    const inner = (i: Interpreter) => (global(i, 'holds_list') as unknown as { items: { items: Value[] }[] }).items[1]!;
    // The tuple around the list is copied too: the child's copy must hold the child's list.
    expect(inner(child)).not.toBe(inner(parent));
    expect(inner(child).items[1]).not.toBe(inner(parent).items[1]);
  });

  it("a function's copy has every field of the original, in the order its constructor makes them, its globals the child's", () => {
    const pf = global(parent, 'f') as unknown as Record<string, unknown>;
    const cf = global(child, 'f') as unknown as Record<string, unknown>;
    expect(cf).not.toBe(pf);
    expect(Object.keys(cf)).toEqual(Object.keys(pf));
    expect(cf.code).toBe(pf.code);
    expect(cf.globals).toBe(child.mainModule!.dict);
    for (const k of ['name', 'qualname', 'module', 'doc', 'defaults', 'kwdefaults', 'closure', 'annotations']) expect(cf[k], k).toEqual(pf[k]);
  });
});
