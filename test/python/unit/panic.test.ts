/**
 * Our bugs end the run: through the whole stack (kernel, loader, builtin modules),
 * a JS error in a builtin is a VmPanic that leaves runPython, never an exception
 * a Python program can catch. The CLI recognises it by type (exit 70).
 */
import { describe, expect, it } from 'vitest';
import { VmPanic } from '../../../src/python/index.js';
import { runPython } from '../../../src/scenario/python.js';
import { BUILTIN_MODULES } from '../../../src/python/modules/registry.js';
import { PyModule } from '../../../src/python/objects/module.js';
import { fn } from '../../../src/python/objects/native.js';

// A builtin module with a bug (this file's own module registry: vitest isolates test files).
BUILTIN_MODULES._broken = () => {
  const m = new PyModule('_broken');
  const nothing: { name: string }[] = [];
  m.ns.setStr('now', fn('now', () => nothing[1]!.name, '_broken'));
  return m;
};

describe('a VmPanic', () => {
  it('passes `except BaseException` and `finally`, and leaves runPython', () => {
    const run = (): unknown => runPython("import _broken\ntry:\n    _broken.now()\nexcept BaseException:\n    print('caught')\nfinally:\n    print('finally')\n");
    expect(run).toThrow(VmPanic);
    expect(run).toThrow(/^vm panic: TypeError: Cannot read properties of undefined/);
  });

  it('also from a thread, and from an atexit callback', () => {
    const thread = "import _thread, time, _broken\n_thread.start_new_thread(_broken.now, ())\ntime.sleep(1)\nprint('main')\n";
    expect(() => runPython(thread)).toThrow(VmPanic);
    const atexit = "import atexit, _broken\natexit.register(_broken.now)\nprint('main')\n";
    expect(() => runPython(atexit)).toThrow(VmPanic);
  });
});
