/**
 * The built command is a bundle (tools/bundle.mjs): one module instance per process
 * shared by the command and the TypeScript scenarios it runs, the library's exports
 * unchanged, and a code cache this Node accepts. Needs a build (`npm ci` builds): it
 * fails, never skips, without one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
const evalModule = (code: string): string => node(['--input-type=module', '-e', code]);

describe('the bundled command', () => {
  it('is built', () => {
    expect(existsSync(join(DIST, 'forkscope.cjs')), 'no bundle in dist/: run npm run build').toBe(true);
  });

  it("a TypeScript scenario importing 'forkscope' gets the module instances the command runs (the same sys object)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-bundle-'));
    const file = join(dir, 'same.ts');
    writeFileSync(
      file,
      `import { sys, DEFAULT_PARAMS } from 'forkscope';
export default function* main(k: typeof sys) {
  yield* k.print(\`same sys: \${k === sys}; instruction \${DEFAULT_PARAMS.instruction} ns\`);
  return 0;
}
`,
    );
    // bin.cjs is package.json's bin; bin.js is the same command as an ES module.
    for (const bin of ['cli/bin.cjs', 'cli/bin.js']) expect(node([join(DIST, bin), 'run', file]), bin).toBe('same sys: true; instruction 6 ns\n');
  });

  it("package.json's bin starts without node's ES-module loader (its modules, fs/promises, readline: ~10 ms of a start)", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { forkscope: string } };
    expect(pkg.bin.forkscope).toBe('dist/cli/bin.cjs');
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-bundle-'));
    const probe = join(dir, 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList.filter((m) => /^NativeModule (internal\\/modules\\/esm\\/(translators|module_job|load)|internal\\/fs\\/promises|internal\\/readline\\/interface)$/.test(m)))));\n");
    const run = spawnSync(process.execPath, ['--require', probe, join(ROOT, pkg.bin.forkscope), 'run', 'docs/process/start-and-join'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout).toContain('Child process end.');
    expect(JSON.parse(run.stderr)).toEqual([]);
  });

  it('dist/index.js exports what src/index.ts exports', () => {
    const names = JSON.parse(evalModule(`import * as m from ${JSON.stringify(pathToFileURL(join(DIST, 'index.js')).href)}; console.log(JSON.stringify(Object.keys(m).sort()))`));
    expect(names).toEqual(Object.keys(api).sort());
  });

  it('V8 accepts the code cache the build made (a start compiles nothing it has run before)', () => {
    const out = evalModule(`import { codeCacheRejected } from ${JSON.stringify(pathToFileURL(join(DIST, 'forkscope.js')).href)}; console.log(codeCacheRejected())`);
    expect(out.trim()).toBe('false');
  });

  it('`forkscope run` loads nothing a run does not need: no string-width, node:crypto, node:os, node:worker_threads or node:v8 (~75 ms of a start)', () => {
    // string-width builds an Intl.Segmenter when it loads: counting them tells whether it was loaded.
    const out = evalModule(`
let segmenters = 0;
const S = Intl.Segmenter;
Intl.Segmenter = class extends S { constructor(...a) { super(...a); segmenters++; } };
const { lib } = await import(${JSON.stringify(pathToFileURL(join(DIST, 'forkscope.js')).href)});
process.on('exit', () => console.log(JSON.stringify({ segmenters, builtins: process.moduleLoadList.filter((m) => /^NativeModule (crypto|os|worker_threads|v8)$/.test(m)) })));
lib.runCli(['run', 'docs/process/start-and-join']);
`);
    const lines = out.trim().split('\n');
    expect(lines.slice(0, -1).join('\n')).toContain('Child process end.');
    expect(JSON.parse(lines.at(-1)!)).toEqual({ segmenters: 0, builtins: [] });
  });
});
