/**
 * Developer tool: runs the Python differential corpus and prints a summary and
 * the first difference of each failing case.  npx tsx tools/pydiff.ts [filter] [-v] [--hot=N]
 */
import { listCases, runCase } from '../test/python/diff-harness.js';
import { tier } from '../src/python/vm/jit.js';

const args = process.argv.slice(2);
const hot = args.find((a) => a.startsWith('--hot='));
if (hot !== undefined) tier.hot = Number(hot.slice(6));
const filter = args.find((a) => !a.startsWith('-')) ?? '';
const verbose = process.argv.includes('-v');
let pass = 0;
const fails: string[] = [];
for (const c of listCases()) {
  if (filter && !c.name.includes(filter)) continue;
  let got;
  try {
    got = runCase(c);
  } catch (e) {
    fails.push(`${c.name}: CRASH ${(e as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
    continue;
  }
  const e = c.expected;
  if (got.stdout === e.stdout && got.stderr_last === e.stderr_last && got.status === e.status) {
    pass++;
    continue;
  }
  let why = '';
  if (got.stdout !== e.stdout) {
    const a = got.stdout.split('\n');
    const b = e.stdout.split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    why += ` stdout@${i + 1}: got ${JSON.stringify(a[i] ?? '<eof>')} want ${JSON.stringify(b[i] ?? '<eof>')}`;
  }
  if (got.stderr_last !== e.stderr_last) why += ` stderr: got ${JSON.stringify(got.stderr_last)} want ${JSON.stringify(e.stderr_last)}`;
  if (got.status !== e.status) why += ` status: ${got.status} want ${e.status}`;
  fails.push(`${c.name}:${why}`);
}
for (const f of fails) console.log(verbose ? f : f.slice(0, 300));
console.log(`${pass}/${pass + fails.length} passing`);
