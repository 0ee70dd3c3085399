/**
 * dist/loader.cjs (copied there by tools/bundle.mjs): loads the bundle,
 * dist/forkscope.cjs, once per process, with the V8 code cache the build made for it
 * (dist/forkscope.cjs.cache), so that a start compiles almost nothing. It is CommonJS,
 * as is the command (dist/cli/bin.cjs, package.json's bin), so that `forkscope` starts
 * without node's ES-module loader: resolving, reading and linking ES modules, and the
 * facades of the builtins they import, load ~40 of node's own modules (fs/promises,
 * readline, ...) that nothing else uses. The library (dist/index.js, what
 * `import … from 'forkscope'` loads) reaches this file through require, so the command
 * and a TypeScript scenario it runs share one instance of the bundle (the same `sys`
 * object, the same classes for instanceof). A cache that this Node rejects (another V8
 * version) only costs the compile.
 *
 * The bundle file is one function expression, `(function (exports, require, module,
 * __filename, __dirname, __forkscopeImport) {…})` (tools/bundle.mjs writes the wrapper),
 * so that V8 compiles the text as read: wrapping it here made a second 1.3 MB string,
 * which V8 flattened into a third.
 *
 * A script compiled with a code cache cannot import() on Node 20 (the callback is lost
 * with the cached functions), so the bundle imports through `__forkscopeImport` (tools/
 * bundle.mjs rewrites its import() calls): ES modules this file imports for it —
 * esbuild, a TypeScript scenario's data: URL, and the stepping UI's ink and react,
 * which the bundle then reads synchronously (`loaded`).
 */
'use strict';
const { readFileSync } = require('node:fs');
const { Module, createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const FILE = join(__dirname, 'forkscope.cjs');
let script = null;

/** What the bundle imported through hostImport, by specifier. */
const imported = new Map();

/** import() for the bundle. */
const hostImport = async (spec) => {
  const ns = await import(spec);
  imported.set(spec, ns);
  return ns;
};
/** Imports every package in `specs` (before the bundle initialises a module that needs them). */
hostImport.preload = (specs) => Promise.all(specs.map(hostImport));
/**
 * A preloaded package as CommonJS: a CommonJS package's module.exports (its default
 * export, of which the other exports are copies), an ES module's namespace.
 */
hostImport.loaded = (spec) => {
  const ns = imported.get(spec);
  if (ns === undefined) throw new Error(`forkscope bundle: ${spec} was used before it was imported (tools/bundle.mjs preloads it)`);
  const d = ns.default;
  const commonJs = d !== null && (typeof d === 'object' || typeof d === 'function') && Object.keys(ns).every((k) => k === 'default' || ns[k] === d[k]);
  return commonJs ? d : ns;
};

function load() {
  const hit = require.cache[FILE];
  if (hit !== undefined) return hit.exports;
  let cachedData;
  try {
    cachedData = readFileSync(`${FILE}.cache`);
  } catch {
    cachedData = undefined;
  }
  // The build keeps the bundle ASCII: latin1 is the fast way to read it.
  script = new vm.Script(readFileSync(FILE, 'latin1'), { filename: FILE, cachedData });
  const mod = new Module(FILE, null);
  mod.filename = FILE;
  mod.paths = Module._nodeModulePaths(__dirname);
  require.cache[FILE] = mod;
  try {
    script.runInThisContext()(mod.exports, createRequire(FILE), mod, FILE, __dirname, hostImport);
  } catch (e) {
    delete require.cache[FILE];
    throw e;
  }
  mod.loaded = true;
  return mod.exports;
}

/** The bundle's exports: the library API (src/index.ts) and runCli. */
exports.lib = load();

/** The code cache of everything compiled so far (the build runs a program first, then saves this). */
exports.codeCache = () => script.createCachedData();

/** Whether V8 refused the code cache (another Node version: the bundle was compiled instead). */
exports.codeCacheRejected = () => script.cachedDataRejected === true;
