/**
 * The VM without the standard library: an interpreter built here, with its own
 * builtins and an injected importer, runs a program through `PySpace` while no
 * file of src/python/modules/ is loaded. And the second error tier: our bug (a
 * JS error inside a builtin) is a VmPanic that no Python handler catches; it
 * leaves `AddressSpace.run`.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../../src/kernel/params.js';
import '../../../src/python/types/all.js';
import { compilePython } from '../../../src/python/compile/index.js';
import { Coro } from '../../../src/python/objects/coro.js';
import { PyDict } from '../../../src/python/objects/dict.js';
import { E, exc } from '../../../src/python/objects/exceptions.js';
import { Frame, newRegs } from '../../../src/python/objects/frame.js';
import { fn, one } from '../../../src/python/objects/native.js';
import { type Importer, Interpreter } from '../../../src/python/objects/interpreter.js';
import { PyModule } from '../../../src/python/objects/module.js';
import type { Value } from '../../../src/python/objects/object.js';
import { Thread } from '../../../src/python/objects/thread.js';
import { T } from '../../../src/python/objects/types.js';
import { VmPanic } from '../../../src/python/vm/panic.js';
import { PySpace } from '../../../src/python/vm/space.js';
import { startFrame } from '../../../src/python/vm/driver.js';
import { tier } from '../../../src/python/vm/jit.js';
import { PYTHON_SRC, importsOf, runtimeClosure } from '../imports.js';

/** The files of src/python this test imports at run time (read from its own import statements). */
const ENTRIES = importsOf(import.meta.filename)
  .filter((i) => !i.typeOnly && i.target.startsWith(`${PYTHON_SRC}/`))
  .map((i) => i.target);

/** A process whose only module is `greet` (served by the injected importer); `said` collects greet.say's arguments. */
function machine(source: string): { space: PySpace; said: Value[] } {
  const said: Value[] = [];
  const greet = new PyModule('greet');
  greet.ns.setStr('name', 'greet');
  greet.ns.setStr('say', fn('say', (_th, a) => (said.push(a[0]!), null), 'greet'));
  greet.ns.setStr('twice', fn('twice', (_th, a) => (one('twice', a) as number) * 2, 'greet'));
  greet.ns.setStr('broken', fn('broken', () => {
    throw new Error('internal: an invariant of greet does not hold');
  }, 'greet'));
  const modules = new Map([['greet', greet]]);
  const importer: Importer = {
    importName: (_th, _f, name) => {
      const m = modules.get(name);
      if (m === undefined) throw exc(E.ModuleNotFoundError!, `No module named '${name}'`);
      return m;
    },
    importFrom: (_th, mod, name) => {
      const v = (mod as PyModule).ns.getStr(name);
      if (v === undefined) throw exc(E.ImportError!, `cannot import name '${name}'`);
      return v;
    },
    importStar: () => {},
    sourceOf: () => null,
    isLibrary: () => false,
  };
  const interp = new Interpreter({ pid: 1, ppid: 0, platform: 'linux', cpus: 4, seed: 1, params: DEFAULT_PARAMS }, { 'prog.py': source }, 'prog.py', importer);
  interp.builtins = new PyDict();
  interp.builtins.setStr('range', T.range);
  interp.builtins.setStr('BaseException', E.BaseException!);
  const main = new PyModule('__main__');
  const th = new Thread(interp, 1);
  interp.threads.set(1, th);
  const code = compilePython(source, 'prog.py');
  startFrame(th, new Frame(code, newRegs(code), null, main.ns, interp.builtins, null, null));
  return { space: new PySpace(interp), said };
}

/** Runs thread 1 to its exit syscall (the program makes no other), in slices of `slice` ns. */
function runToExit(space: PySpace, slice: number): number {
  for (let i = 0; i < 1e6; i++) {
    const r = space.run(1, slice, null);
    if (r.call === null) continue;
    if (r.call.op === 'exit') return r.call.status;
    throw new Error(`unexpected syscall ${r.call.op}`);
  }
  throw new Error('the program did not end');
}

const PROGRAM = `import greet
from greet import twice
total = 0
for i in range(300):
    total = total + twice(i)
greet.say(total)
`;

describe('the VM without the standard library', () => {
  it('loads no file of src/python/modules/', () => {
    const loaded = runtimeClosure(ENTRIES);
    expect(ENTRIES.length).toBeGreaterThan(10);
    expect(loaded.has('vm/eval.ts') && loaded.has('vm/jit.ts') && loaded.has('objects/interpreter.ts')).toBe(true);
    expect([...loaded].filter((f) => f.startsWith('modules/'))).toEqual([]);
  });

  it('runs a program with an injected importer, in both tiers, to the same result', () => {
    const before = tier.compiledRuns;
    const a = machine(PROGRAM);
    expect(runToExit(a.space, 1e12)).toBe(0);
    expect(a.said).toEqual([89700]);
    // The loop got hot: part of the run was compiled code.
    expect(tier.compiledRuns).toBeGreaterThan(before);
    // Sliced a few instructions at a time, it ends the same.
    const b = machine(PROGRAM);
    expect(runToExit(b.space, 7 * DEFAULT_PARAMS.instruction)).toBe(0);
    expect(b.said).toEqual([89700]);
  });

  it('raises the importer’s exceptions as the guest’s', () => {
    const m = machine('try:\n    import nothere\nexcept BaseException as e:\n    import greet\n    greet.say(e)\n');
    expect(runToExit(m.space, 1e12)).toBe(0);
    expect(m.said).toHaveLength(1);
    expect((m.said[0] as { cls: { name: string } }).cls.name).toBe('ModuleNotFoundError');
  });
});

describe('our bugs are not the guest’s exceptions', () => {
  it('a JS error in a builtin passes every Python handler and leaves AddressSpace.run as a VmPanic', () => {
    const m = machine(`import greet
try:
    greet.broken()
except BaseException:
    greet.say('caught')
finally:
    greet.say('finally')
`);
    let thrown: unknown;
    try {
      runToExit(m.space, 1e12);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(VmPanic);
    expect((thrown as VmPanic).message).toBe('vm panic: Error: internal: an invariant of greet does not hold');
    expect((thrown as VmPanic).cause).toBeInstanceOf(Error);
    expect(m.said).toEqual([]);
  });

  it('in the compiled tier too', () => {
    const saved = tier.hot;
    tier.hot = 0;
    try {
      const m = machine('import greet\ndef f():\n    try:\n        return greet.broken()\n    except BaseException:\n        return 1\ngreet.say(f())\n');
      expect(() => runToExit(m.space, 1e12)).toThrow(VmPanic);
      expect(m.said).toEqual([]);
    } finally {
      tier.hot = saved;
    }
  });

  it('a guest exception stays the guest’s: the handler catches it', () => {
    const m = machine('import greet\ntry:\n    greet.twice()\nexcept BaseException as e:\n    greet.say(e)\n');
    expect(runToExit(m.space, 1e12)).toBe(0);
    expect((m.said[0] as { cls: { name: string } }).cls.name).toBe('TypeError');
  });

  it('a native coroutine that breaks an invariant panics as well', () => {
    const m = machine('import greet\ntry:\n    greet.later()\nexcept BaseException:\n    greet.say(1)\n');
    const greet = (m.space.interp.importer.importName(null as never, null as never, 'greet', 0, null) as PyModule).ns;
    greet.setStr('later', fn('later', () => new Coro((function* (): Generator<never, Value, unknown> {
      throw new TypeError('not a Python error');
    })())));
    expect(() => runToExit(m.space, 1e12)).toThrow(VmPanic);
  });
});
