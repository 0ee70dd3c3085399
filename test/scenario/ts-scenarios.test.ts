/**
 * TypeScript scenarios are trusted code, but their mistakes end cleanly and say where:
 * a thrown error with the scenario's file:line:col (from the bundle's source map), a
 * value yielded that is not an operation, process.exit refused, and code that never
 * yields stopped by the watchdog with the line it loops on.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'forkscope-ts-'));

function scenario(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `import type { Sys } from 'forkscope';\n\n${body}`);
  return file;
}

/** The command in this process; `watchdog`: the Io's default (a buffer's is off). */
async function cli(...argv: string[]) {
  return cliWatched(undefined, ...argv);
}

async function cliWatched(watchdog: string | undefined, ...argv: string[]) {
  const io = bufferIo();
  if (watchdog !== undefined) Object.assign(io, { watchdog });
  const status = await main(argv, io);
  return { status, out: io.out, err: io.err };
}

describe('errors in scenario code', () => {
  it('a thrown error names file:line:col of each scenario frame', async () => {
    const file = scenario(
      'boom.ts',
      `function helper(n: number): number {
  if (n > 2) throw new Error('boom');
  return n;
}

export default function* main(k: Sys) {
  yield* k.print('before');
  helper(3);
}
`,
    );
    const r = await cli('run', file);
    expect(r).toEqual({ status: 1, out: 'before\n', err: `boom: uncaught error: boom\n    at helper (${file}:4:20)\n    at main (${file}:10:3)\n` });
  });

  it('process.exit is refused; what was printed stays', async () => {
    const file = scenario('exit7.ts', "export default function* main(k: Sys) {\n  yield* k.print('before');\n  process.exit(7);\n}\n");
    const r = await cli('run', file);
    expect(r.status).toBe(1);
    expect(r.out).toBe('before\n');
    expect(r.err).toBe(`exit7: uncaught error: process.exit(7) ends forkscope, not the simulated process; return the status from the program or use yield* k.exit(7)\n    at main (${file}:5:11)\n`);
  });

  it('yield* of something that is not an operation says what yield* needs, and where', async () => {
    const file = scenario('notiter.ts', 'export default function* main(k: Sys) {\n  yield* (k.getpid as unknown as Iterable<never>);\n}\n');
    const r = await cli('run', file);
    expect(r.err).toBe(`notiter: uncaught error: TypeError: yield* (intermediate value) is not iterable (yield* needs an operation of k, as in yield* k.sleep('1ms'); forkscope check FILE shows the type errors)\n    at main (${file}:4:13)\n`);
  });

  it('a yielded value that is not an operation is named', async () => {
    const file = scenario('five.ts', "export default function* main(k: Sys) {\n  yield* k.print('a');\n  yield 5 as never;\n  yield k.sleep('1ms') as never;\n}\n");
    const r = await cli('run', file);
    expect(r.status).toBe(1);
    expect(r.err).toBe("five: the program yielded 5, which is not a kernel operation: use yield* with an operation of k, as in yield* k.print('hi') (forkscope check FILE shows the type errors)\n");
  });

  it('an error while the module loads is one line at its place', async () => {
    const file = scenario('load.ts', "const x: number[] = [];\nif (x.length === 0) throw new RangeError('no data');\nexport default function* main(k: Sys) {\n  yield* k.print('never');\n}\n");
    expect(await cli('run', file)).toEqual({ status: 1, out: '', err: `forkscope: ${file}:4:27: the scenario module threw while loading: RangeError: no data\n` });
  });
});

describe('the watchdog', () => {
  it('stops code that never yields, before its first operation, and names the line', async () => {
    const file = scenario('spin.ts', 'export default function* main() {\n  let i = 0;\n  while (true) {\n    i++;\n  }\n}\n');
    const r = await cli('run', file, '--watchdog', '300ms', '--max-time', '1ms', '--max-steps', '1');
    expect(r.status).toBe(124);
    expect(r.err).toMatch(new RegExp(`^forkscope: scenario code ran 0.3s without yielding at ${file.replace(/[.]/g, '\\.')}:(5|6):\\d+ \\(the main program, before its first syscall\\); the run was stopped there\n`));
    expect(r.err).toContain(`replay: forkscope run ${file} --seed 1 --max-steps 1 --max-time 1ms\n`);
  });

  it('stops a forked child that loops, keeping what was printed', async () => {
    const file = scenario(
      'child.ts',
      "export default function* main(k: Sys) {\n  yield* k.print('started');\n  const pid = yield* k.fork();\n  if (pid === 0) {\n    yield* k.sleep('1ms');\n    for (;;) Math.sqrt(2);\n  }\n  yield* k.wait(pid);\n}\n",
    );
    const r = await cli('run', file, '--watchdog', '300ms');
    expect(r.status).toBe(124);
    expect(r.out).toBe('started\n');
    expect(r.err.split('\n')[0]).toBe(`forkscope: scenario code ran 0.3s without yielding at ${file}:8:5 (pid 1002); the run was stopped there`);
  });

  it('watches compare\'s runs a step at a time, and says which platform\'s run never returned', async () => {
    const file = scenario('spin-later.ts', "export default function* main(k: Sys) {\n  yield* k.print('started');\n  for (;;) Math.sqrt(2);\n}\n");
    const r = await cliWatched('300ms', 'compare', file, '--platforms', 'windows,linux');
    expect(r).toEqual({
      status: 124,
      out: '',
      err: `forkscope: a program ran 0.3s without returning to the kernel on windows; forkscope run ${file} --platform windows shows where\n`,
    });
  });
});
