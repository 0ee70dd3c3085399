/**
 * compilePython(source, filename): parse, check and compile a module. Compiled
 * code is cached by (filename, source): every process of a run (and every spawn
 * that re-runs the main module) shares one code object.
 */
import { parseModule } from '../parse/parse.js';
import { compileGuard } from '../parse/errors.js';
import type { Code } from '../objects/code.js';
import { compileModuleAst } from './compiler.js';

const cache = new Map<string, Code>();

/**
 * Compiles a module; throws PythonCompileError for syntax errors and unsupported
 * constructs. `precompiled` gives the code object the build compiled from this very
 * source, when there is one (the stdlib's: compile/marshal.ts).
 */
export function compilePython(source: string, filename: string, precompiled: (() => Code | null) | null = null): Code {
  const key = `${filename}\u0000${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const code = precompiled?.() ?? compileGuard(filename, () => compileModuleAst(parseModule(source, filename)));
  if (cache.size > 256) cache.clear();
  cache.set(key, code);
  return code;
}

/**
 * Forgets every compiled code object, so the next compile of any module makes a fresh
 * one (never run, never compiled by the JIT). For tests that must see code that no
 * earlier run in the same process has warmed.
 */
export function forgetCompiled(): void {
  cache.clear();
}
