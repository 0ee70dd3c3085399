/**
 * A CPython standard module forkscope lacks: the ModuleNotFoundError keeps
 * CPython's message and gets a note naming what forkscope provides, taken from
 * the registry and the Python stdlib folder; other missing names get no note.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_MODULES } from '../../../src/python/modules/registry.js';
import { stdlibModuleNames } from '../../../src/python/modules/stdlib.js';
import { providedModules } from '../../../src/python/modules/missing.js';
import { lastErr, out, py } from './helpers.js';

describe('importing a standard module forkscope does not provide', () => {
  it('adds a note listing the provided modules after the CPython message', () => {
    const r = py('import sqlite3\n');
    const lines = r.stderr.trimEnd().split('\n');
    expect(r.status).toBe(1);
    expect(lines[lines.length - 2]).toBe("ModuleNotFoundError: No module named 'sqlite3'");
    expect(lastErr(r)).toBe(`forkscope does not provide the standard module 'sqlite3'; it provides: ${providedModules().join(', ')}`);
  });

  it('lists every public module of the registry and of the stdlib folder', () => {
    const listed = providedModules();
    const expected = [...Object.keys(BUILTIN_MODULES), ...stdlibModuleNames()].map((n) => n.split('.')[0]!).filter((n) => !n.startsWith('_'));
    expect(new Set(listed)).toEqual(new Set(expected));
    expect(listed).toEqual([...listed].sort());
    for (const name of ['re', 'json', 'datetime', 'os', 'multiprocessing']) expect(listed).toContain(name);
  });

  it('keeps the exception CPython raises: its str, name and type', () => {
    expect(out(`
      try:
          import asyncio.events
      except ImportError as e:
          print(type(e).__name__, e, e.name, len(e.__notes__))
    `)).toBe("ModuleNotFoundError No module named 'asyncio' asyncio 1\n");
  });

  it('gives a misspelt or third-party module the plain message', () => {
    for (const name of ['mymodule', 'numpy', 'jsonn']) {
      const r = py(`import ${name}\n`);
      expect(lastErr(r)).toBe(`ModuleNotFoundError: No module named '${name}'`);
    }
  });
});
