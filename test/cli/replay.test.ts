/**
 * Every replay command forkscope prints reproduces the run: each case runs a command,
 * takes the `replay:` line of its report, runs that (split as a POSIX shell splits it)
 * and compares the output, the report and the status.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { shellWords } from './shell.js';

async function cli(argv: string[]) {
  const io = bufferIo();
  const status = await main(argv, io);
  return { status, out: io.out, err: io.err };
}

/** Runs argv, then its replay command; both must agree. Returns the replay command. */
async function replays(argv: string[]): Promise<string> {
  const first = await cli(argv);
  const replay = /^ {2}replay: (.*)$/m.exec(first.err)?.[1];
  expect(replay, `a replay line in:\n${first.err}`).toBeDefined();
  const words = shellWords(replay!);
  expect(words.slice(0, 2)).toEqual(['forkscope', 'run']);
  const again = await cli(words.slice(1));
  expect(again).toEqual(first);
  return replay!;
}

const dir = mkdtempSync(join(tmpdir(), "forkscope replay's "));

describe('replay commands reproduce their runs', () => {
  it('a path with spaces and a quote, and --stdin from such a path', async () => {
    const prog = join(dir, 'echo input.py');
    writeFileSync(prog, 'import time\nprint(input())\nwhile True:\n    time.sleep(1)\n');
    const stdin = join(dir, 'the input.txt');
    writeFileSync(stdin, 'hello from stdin\n');
    const replay = await replays(['run', prog, '--stdin', stdin, '--max-time', '3s']);
    expect(replay).toBe(`forkscope run '${dir.replace(/'/g, "'\\''")}/echo input.py' --seed 1 --max-time 3s --stdin '${stdin.replace(/'/g, "'\\''")}'`);
  });

  it('durations that are not round numbers', async () => {
    const replay = await replays(['run', 'kernel/process-run', '--max-time', '12.345678ms', '--quantum', '1500us']);
    expect(replay).toBe('forkscope run kernel/process-run --seed 1 --cpus 1 --policy rr --quantum 1.5ms --max-time 12345.678us');
  });

  it('the default step budget', async () => {
    const prog = join(dir, 'spin.py');
    writeFileSync(prog, 'while True:\n    pass\n');
    const first = await cli(['run', prog, '--param', 'chunk=1us', '--max-steps', '2000']);
    expect(first.err).toContain('step budget exhausted');
    expect(first.err).toContain('(--max-steps 2000), before the time budget (--max-time 60s)');
    await replays(['run', prog, '--param', 'chunk=1us', '--max-steps', '2000']);
  });

  it('a schedule shorter than the run: option 0 from there on, and stderr says so', async () => {
    const argv = ['run', 'kernel/lost-update-2', '--schedule', '1', '--seed', '3', '--max-time', '2ms'];
    const r = await cli(argv);
    expect(r.err).toMatch(/^forkscope: the schedule ran out after its 1 choice; every later choice was option 0 \(the earliest event\)$/m);
    expect(await replays(argv)).toBe('forkscope run kernel/lost-update-2 --seed 3 --cpus 2 --schedule 1 --max-time 2ms');
  });

  it('a --param override', async () => {
    expect(await replays(['run', 'kernel/deadlock', '--param', 'contextSwitch=3us'])).toBe('forkscope run kernel/deadlock --seed 1 --cpus 2 --param contextSwitch=3000');
  });
});
