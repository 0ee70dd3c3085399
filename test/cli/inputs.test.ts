/**
 * Bad input ends cleanly: one line naming what is wrong, and exit status 2 — never a
 * run that silently means something else (a bare number read as nanoseconds, a seed
 * rounded, a zero cost that makes a run go nowhere), never an internal error.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { loadScenario } from '../../src/scenario/load.js';
import { checkCase, snapshotCases } from '../../src/scenario/snapshot.js';
import { UserError } from '../../src/scenario/errors.js';

async function cli(...argv: string[]) {
  const io = bufferIo();
  const status = await main(argv, io);
  return { status, out: io.out, err: io.err };
}

const dir = mkdtempSync(join(tmpdir(), 'forkscope inputs '));

describe('numbers', () => {
  const cases: [string[], string][] = [
    [['--quantum', '5'], '--quantum needs a unit: did you mean 5ms? (units: ns, us, ms, s, m)'],
    [['--max-time', '2'], '--max-time needs a unit: did you mean 2ms? (units: ns, us, ms, s, m)'],
    [['--quantum', '0ms'], "--quantum must be a positive duration such as 10ms, 1.5s or 200us, not '0ms'"],
    [['--param', 'instruction=0'], "--param instruction must be a duration from 1ns to 1ms, not '0'"],
    [['--param', 'chunk=0'], "--param chunk must be a duration from 1us to 10s, not '0'"],
    [['--param', 'pipeCapacity=0'], "--param pipeCapacity must be an integer from 1 to 1073741824, not '0'"],
    [['--param', 'jitterSteps=2ms'], "--param jitterSteps needs an integer, not '2ms'"],
    [['--param', 'fork=soon'], "--param fork needs a duration (ns, or with a unit: 2ms), not 'soon'"],
    [['--param', 'maxProcs=2'], "--param maxProcs must be an integer from 3 to 100000, not '2'"],
    [['--param', 'spawn=2m'], "--param spawn must be a duration from 0ns to 60s, not '2m'"],
    [['--seed', 'abc'], "--seed must be an integer from 0 to 9007199254740991, not 'abc'"],
    [['--seed', '-1'], "--seed must be an integer from 0 to 9007199254740991, not '-1'"],
    [['--seed', '1.5'], "--seed must be an integer from 0 to 9007199254740991, not '1.5'"],
    [['--seed', '99999999999999999999'], "--seed must be an integer from 0 to 9007199254740991, not '99999999999999999999'"],
    [['--schedule', '1*0.'], "--schedule: bad schedule string at character 2: '0' is not a count of 1 or more"],
    [['--watchdog', '5'], "--watchdog must be a duration of 1ms or more (such as 10s), or off, not '5'"],
  ];
  for (const [flags, message] of cases) {
    it(flags.join(' '), async () => {
      const r = await cli('run', 'kernel/fork-tree', ...flags);
      expect(r).toEqual({ status: 2, out: '', err: `forkscope: ${message}\n` });
    });
  }

  it('scenario headers take the same values as flags', async () => {
    const file = join(dir, 'header.py');
    writeFileSync(file, '# options: --quantum 5\nprint(1)\n');
    const r = await cli('run', file);
    expect(r.status).toBe(1);
    expect(r.err).toBe(`forkscope: ${file}:1:1: scenario header: --quantum needs a unit: did you mean 5ms? (units: ns, us, ms, s, m)\n`);
  });

  it('a huge repeated schedule replays lazily, in bounded memory', async () => {
    const r = await cli('run', 'kernel/lost-update-2', '--schedule', '0*99999999999.');
    expect(r.status).toBe(0);
    expect(r.err).toBe('');
  });

  it('a seed at the top of the range runs', async () => {
    expect((await cli('run', 'kernel/fork-tree', '--seed', '9007199254740991')).status).toBe(0);
  });
});

describe('files', () => {
  it('a directory as FILE says it is a directory', async () => {
    const r = await cli('run', dir);
    expect(r).toEqual({ status: 2, out: '', err: `forkscope: ${dir} is a directory; give a scenario file (.py or .ts) or a name from 'forkscope list'\n` });
    expect((await cli('run', 'docs')).err).toBe("forkscope: docs is a directory; give a scenario file (.py or .ts) or a name from 'forkscope list'\n");
  });

  it('--stdin that is a directory or missing', async () => {
    expect(await cli('run', 'kernel/fork-tree', '--stdin', dir)).toEqual({ status: 2, out: '', err: `forkscope: --stdin: ${dir}: is a directory\n` });
    expect((await cli('run', 'kernel/fork-tree', '--stdin', join(dir, 'nope.txt'))).err).toBe(`forkscope: --stdin: ${join(dir, 'nope.txt')}: no such file\n`);
  });

  it('a snapshot path that is a directory is a clear error', async () => {
    const scenario = await loadScenario('kernel/fork-tree');
    const snapshots = join(dir, 'snapshots');
    const [c] = snapshotCases(scenario, snapshots);
    mkdirSync(c!.file, { recursive: true });
    expect(() => checkCase(c!)).toThrow(UserError);
    expect(() => checkCase(c!)).toThrow(`${c!.file} is a directory, where the snapshot file should be; move it away`);
  });

  it('a file that is not a scenario names the extensions forkscope knows', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'hello\n');
    expect(await cli('run', file)).toEqual({ status: 2, out: '', err: `forkscope: ${file}: cannot run .txt files (known: .ts, .py)\n` });
  });
});
