/**
 * `npm run bench`: every benchmark, one after another. Wall-clock and CPU timing live
 * here and in the files it runs, never in tests.
 */
import { existsSync } from 'node:fs';
import { benchKernel } from './kernel.mjs';

await benchKernel();
for (const extra of ['./explore.mjs', './python.mjs', './documents.mjs', './session.mjs', './streaming.mjs']) {
  if (existsSync(new URL(extra, import.meta.url))) {
    console.log('');
    await (await import(extra)).default();
  }
}
