/**
 * `npm run bench`: every benchmark, one after another. Wall-clock and CPU timing live
 * here and in the files it runs, never in tests. The whole-process table shows the
 * in-process ratios of bench/python.mjs beside its own.
 */
import { benchKernel } from './kernel.mjs';
import benchPython from './python.mjs';
import benchProcess from './process.mjs';
import benchDocuments from './documents.mjs';
import benchSession from './session.mjs';
import benchStreaming from './streaming.mjs';
import benchExplore from './explore.mjs';
import benchLimits from './limits.mjs';

await benchKernel();
console.log('');
await benchExplore();
console.log('');
const inProcess = await benchPython();
console.log('');
await benchProcess({ inProcess });
console.log('');
await benchDocuments();
console.log('');
await benchSession();
console.log('');
await benchStreaming();
console.log('');
benchLimits();
