/**
 * Build step (run by tools/bundle.mjs in a fresh node): loads the bundle, runs a
 * documents' example through the command line as a user would (a Python program that
 * starts a child process), then saves V8's code cache of everything compiled so far
 * next to the bundle (dist/forkscope.cjs.cache), for the loader to hand to V8.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { lib, codeCache } = await import('../dist/forkscope.js');
const out = fileURLToPath(new URL('../dist/forkscope.cjs.cache', import.meta.url));
process.once('exit', () => {
  const data = codeCache();
  writeFileSync(out, data);
});
lib.runCli(['run', 'docs/process/start-and-join']);
