/**
 * Build step: bundles the library and the command line into one file, so that
 * `forkscope` starts by loading a few files instead of ~250 ES modules, and makes a
 * V8 code cache for it, so that it starts without compiling them either (both were
 * most of its start-up).
 *
 *  - dist/forkscope.cjs: src/bundle.ts (the library API and runCli) with its npm
 *    dependencies, as CommonJS (what vm.Script can compile with a code cache). The
 *    parts only some commands need (the Python front end, the stepping UI) stay
 *    behind dynamic imports, which esbuild turns into lazy initialisers: their code
 *    runs only when first used. ink and react (loaded only by `step`) and esbuild
 *    (loaded only for `.ts` scenarios) stay in node_modules.
 *    The file is one function expression, the CommonJS wrapper around esbuild's output,
 *    which the loader compiles as it reads it.
 *  - dist/loader.cjs: the loader (tools/bundle-loader.cjs), one instance per process.
 *  - dist/cli/bin.cjs (package.json's bin) is a small CommonJS file over the loader, so
 *    that the command starts without node's ES-module loader; dist/index.js (the
 *    library, `import … from 'forkscope'`), dist/forkscope.js and dist/cli/bin.js (the
 *    command, for those who run that path) are small ES modules over the same loader, so
 *    a TypeScript scenario run by the command gets the very module instances the
 *    command runs (the same `sys` object, the same classes for instanceof).
 *    tsc's other files stay in dist/ for the tools that import them one by one (bench/).
 *  - Each source file's `import.meta.url` becomes the URL of its own compiled file
 *    (dist/python/modules/stdlib.js, ...), so paths computed from it (the stdlib,
 *    scenarios/, package.json) are the same bundled or not.
 *  - The interpreter's dispatch loop, which src/python/vm/eval.ts generates from the
 *    opcode definitions and compiles with `new Function`, is generated here (from
 *    tsc's output of the same sources) and put in the bundle as a plain function.
 *  - dist/forkscope.cjs.cache: V8's code cache after running a documents' example
 *    (tools/code-cache.mjs), so the functions a run needs are in it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'forkscope.cjs');

/** ES-module packages the bundle leaves in node_modules and imports through the loader. */
const ESM_EXTERNALS = ['ink', 'react', 'react/jsx-runtime', 'esbuild'];

/**
 * Source rewrites, per file of src/:
 *  - `import.meta.url` → the URL of the file's own compiled module;
 *  - `import(x)` of anything but a relative module (not a type: `typeof import(x)`, `: import(x).T`) → `__forkscopeImport(x)`: a script
 *    compiled with a code cache cannot import() on Node 20 (the callback is lost),
 *    so the loader, an ES module, imports for it (esbuild, a TypeScript scenario's
 *    data: URL);
 *  - `import('../tui/…')` (whose modules import ink and react statically) first has
 *    the loader import those packages, which the bundle then reads synchronously.
 */
const LOOP = "new Function('H', 'OUT', 'tier', 'compileJit', interpreterSource())";
const { interpreterSource } = await import(pathToFileURL(join(DIST, 'python/vm/eval.js')).href);

const rewrites = {
  name: 'forkscope-rewrites',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (!args.path.startsWith(SRC)) return undefined;
      let text = readFileSync(args.path, 'utf8');
      if (args.path === join(SRC, 'python/vm/eval.ts')) {
        if (!text.includes(LOOP)) throw new Error(`${args.path}: no \`${LOOP}\` to replace with the generated interpreter loop`);
        text = text.replace(LOOP, () => `(function (H, OUT, tier, compileJit) {\n${interpreterSource()}\n})`);
      }
      const compiled = relative(SRC, args.path).replace(/\.tsx?$/, '.js').split('\\').join('/');
      text = text.replaceAll('import.meta.url', `require('node:url').pathToFileURL(require('node:path').join(__dirname, ${JSON.stringify(compiled)})).href`);
      text = text.replace(/(?<!(?:\btypeof|:)\s*)\bimport\((?!\s*['"]\.)(?!'\.\.\/)/g, (m, offset) => (/^\s*(\*|\/\/)/.test(text.slice(text.lastIndexOf('\n', offset) + 1, offset)) ? m : '__forkscopeImport('));
      text = text.replace(/\bimport\((['"]\.\.\/tui\/[^'"]+['"])\)/g, `__forkscopeImport.preload(${JSON.stringify(ESM_EXTERNALS.filter((x) => x !== 'esbuild'))}).then(() => import($1))`);
      return { contents: text, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
    });
    // seedrandom's main module loads node:crypto (for autoseeding, which forkscope never asks
    // for): the kernel uses only its alea generator, so the bundle takes that file alone.
    b.onResolve({ filter: /^seedrandom$/ }, (args) => (args.importer.startsWith(SRC) ? { path: 'seedrandom', namespace: 'alea-only' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'alea-only' }, () => ({ contents: "module.exports = { alea: require('seedrandom/lib/alea.js') };", loader: 'js', resolveDir: ROOT }));
    // commander loads node:child_process (~13 ms) for subcommands run as executables, which
    // forkscope has none of: the bundle hands it a stand-in that loads the module on first use.
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes(`${join('node_modules', 'commander')}`) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_t, k) => (m ??= require('node:${args.path}'))[k] });`,
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]@lezer[\\/]python[\\/]dist[\\/]index\.js$/ }, (args) => ({ contents: decodedLezerTables(readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
    // Static imports of the ES-module packages: what the loader imported beforehand.
    const filter = new RegExp(`^(${ESM_EXTERNALS.map((x) => x.replace('/', '\\/')).join('|')})$`);
    b.onResolve({ filter }, (args) => (args.importer.startsWith(SRC) ? { path: args.path, namespace: 'preloaded' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'preloaded' }, (args) => ({ contents: `module.exports = __forkscopeImport.loaded(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

/**
 * @lezer/python's parse tables, decoded. Its module hands @lezer/lr four tables as strings
 * in a compact encoding that LRParser.deserialize decodes at every start, in a loop that V8
 * then also optimises (together about 5% of a start's CPU). The bundle gets the decoded
 * typed arrays instead (which deserialize takes as they are), as base64 bytes that Buffer
 * decodes natively: taken from the parser this very package builds, so they are the same.
 */
const { parser: PY_PARSER } = await import('@lezer/python');
const tokenGroups = [...new Set(PY_PARSER.tokenizers.filter((t) => t.constructor.name === 'TokenGroup').map((t) => t.data))];
if (tokenGroups.length !== 1) throw new Error(`@lezer/python: expected one token table, found ${tokenGroups.length}`);
const LEZER_TABLES = { states: PY_PARSER.states, stateData: PY_PARSER.data, goto: PY_PARSER.goto, tokenData: tokenGroups[0] };
const LE = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** `text` (@lezer/python's dist/index.js) with its encoded tables replaced by the decoded ones. */
function decodedLezerTables(text, file) {
  let out = text;
  for (const [key, table] of Object.entries(LEZER_TABLES)) {
    const head = `\n  ${key}: "`;
    const at = out.indexOf(head);
    if (at < 0 || out.indexOf(head, at + 1) >= 0) throw new Error(`${file}: expected one \`${key}: "…"\` in LRParser.deserialize's spec`);
    let end = at + head.length;
    while (out[end] !== '"') end += out[end] === '\\' ? 2 : 1;
    const bytes = new Uint8Array(table.buffer, table.byteOffset, table.byteLength).slice();
    if (!LE) for (let i = 0; i < bytes.length; i += table.BYTES_PER_ELEMENT) bytes.subarray(i, i + table.BYTES_PER_ELEMENT).reverse();
    out = `${out.slice(0, at + head.length - 1)}__lezerTable(${JSON.stringify(Buffer.from(bytes).toString('base64'))}, ${table.constructor.name})${out.slice(end + 1)}`;
  }
  return `${out}
function __lezerTable(base64, Type) {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Type(bytes.length / Type.BYTES_PER_ELEMENT);
  const view = new Uint8Array(out.buffer);
  view.set(bytes);
  if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) for (let i = 0; i < view.length; i += Type.BYTES_PER_ELEMENT) view.subarray(i, i + Type.BYTES_PER_ELEMENT).reverse();
  return out;
}
`;
}

rmSync(`${BUNDLE}.cache`, { force: true });
await build({
  entryPoints: [join(SRC, 'bundle.ts')],
  outfile: BUNDLE,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [rewrites],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
// ASCII only (\u escapes are the same characters in strings, regular expressions and comments),
// so that the loader reads it as latin1: twice as fast as decoding UTF-8, and a one-byte string.
const ascii = readFileSync(BUNDLE, 'utf8').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (/\bimport\(/.test(ascii.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))) throw new Error(`${BUNDLE}: an import() was left in the bundle (see the rewrites above)`);
// The wrapper node's CommonJS loader would put around it (with the loader's own import() for the bundle).
writeFileSync(BUNDLE, `(function (exports, require, module, __filename, __dirname, __forkscopeImport) {${ascii}\n})`);
copyFileSync(join(ROOT, 'tools/bundle-loader.cjs'), join(DIST, 'loader.cjs'));
writeFileSync(
  join(DIST, 'forkscope.js'),
  "// The bundle's loader (tools/bundle-loader.cjs) for ES modules.\nimport { createRequire } from 'node:module';\n\nexport const { lib, codeCache, codeCacheRejected } = createRequire(import.meta.url)('./loader.cjs');\n",
);

const { lib } = await import(pathToFileURL(join(DIST, 'forkscope.js')).href);
const names = Object.keys(lib).filter((n) => n !== 'runCli').sort();
writeFileSync(
  join(DIST, 'index.js'),
  `// forkscope's library API (src/index.ts), from the bundle (tools/bundle.mjs).\nimport { lib } from './forkscope.js';\n\nexport const { ${names.join(', ')} } = lib;\n`,
);
const bin = join(DIST, 'cli/bin.cjs');
writeFileSync(bin, "#!/usr/bin/env node\n// The forkscope command, from the bundle (tools/bundle.mjs).\n'use strict';\nrequire('../loader.cjs').lib.runCli(process.argv.slice(2));\n");
chmodSync(bin, 0o755);
const esmBin = join(DIST, 'cli/bin.js');
writeFileSync(esmBin, "#!/usr/bin/env node\n// The forkscope command, from the bundle (tools/bundle.mjs), as an ES module (package.json's bin is ./bin.cjs, which starts faster).\nimport { lib } from '../forkscope.js';\n\nlib.runCli(process.argv.slice(2));\n");
chmodSync(esmBin, 0o755);

execFileSync(process.execPath, [join(ROOT, 'tools/code-cache.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
