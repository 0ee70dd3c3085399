/**
 * compilePython(source, filename): parse, check and compile a module. Compiled
 * code is cached by (filename, source): every process of a run (and every spawn
 * that re-runs the main module) shares one code object.
 */
import { parseModule } from '../parse/parse.js';
import { compileGuard } from '../parse/errors.js';
import type { Code } from '../objects/code.js';
import { compileModuleAst } from './compiler.js';

/**
 * Code objects by file name, then by source. Two levels rather than one key made of
 * both: every spawned process imports its modules again, and a key joining a module's
 * whole source to its name is a new string to hash each time, while the source itself
 * (the stdlib's, kept by modules/stdlib.ts) is one string whose hash V8 keeps.
 */
const cache = new Map<string, Map<string, Code>>();
let cached = 0;

/**
 * The standard library's code objects (those compiled with `precompiled`), by file name,
 * with the source each was made from. Kept apart from `cache` and never evicted by its
 * bound: the library is a fixed set of files whose sources modules/stdlib.ts reads once,
 * so this holds one entry a file, and a process that compiles many programs (the test
 * suite, hundreds a worker) would otherwise parse and compile the library again, and
 * warm its hot functions again, after every eviction.
 */
const library = new Map<string, { source: string; code: Code }>();

/**
 * Compiles a module; throws PythonCompileError for syntax errors and unsupported
 * constructs. `precompiled` gives the code object the build compiled from this very
 * source, when there is one (the stdlib's: compile/marshal.ts).
 */
export function compilePython(source: string, filename: string, precompiled: (() => Code | null) | null = null): Code {
  if (precompiled !== null) {
    const kept = library.get(filename);
    if (kept?.source === source) return kept.code;
    const code = precompiled() ?? compileGuard(filename, () => compileModuleAst(parseModule(source, filename)));
    library.set(filename, { source, code });
    return code;
  }
  const hit = cache.get(filename)?.get(source);
  if (hit) return hit;
  const code = compileGuard(filename, () => compileModuleAst(parseModule(source, filename)));
  if (cached > 256) {
    cache.clear();
    cached = 0;
  }
  let sources = cache.get(filename);
  if (sources === undefined) cache.set(filename, (sources = new Map()));
  sources.set(source, code);
  cached++;
  return code;
}

/**
 * Forgets every compiled code object, so the next compile of any module makes a fresh
 * one (never run, never compiled by the JIT). For tests that must see code that no
 * earlier run in the same process has warmed.
 */
export function forgetCompiled(): void {
  cache.clear();
  library.clear();
  cached = 0;
  sourceCache.clear();
}

const sourceCache = new Map<string, Code>();

/**
 * The code object of source text given to eval/exec/compile(), made by `make` the
 * first time (cached: code objects are immutable and shared; forgetCompiled clears it).
 */
export function compileSourceCached(key: string, make: () => Code): Code {
  let code = sourceCache.get(key);
  if (code === undefined) {
    code = make();
    if (sourceCache.size >= 256) sourceCache.clear();
    sourceCache.set(key, code);
  }
  return code;
}
