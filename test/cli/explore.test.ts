/** `forkscope explore`: the report, JSON, progress on a terminal only, snapshots, usage errors. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { checkOutcomeSnapshot } from '../../src/explore/snapshot.js';

async function cli(argv: string[], tty = false) {
  const io = bufferIo(tty);
  const status = await main(argv, io);
  return { status, out: io.out, err: io.err };
}

describe('forkscope explore', () => {
  it('prints the report: strategy, funnel, outcome table, racing pairs and replay commands', async () => {
    const r = await cli(['explore', 'kernel/lost-update-3x1', '--workers', '1']);
    expect(r.status).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'forkscope explore kernel/lost-update-3x1',
      "  free mode: every order of the processes' operations that synchronisation allows",
      '  dpor (one run per class of equivalent executions): 36 runs, finished',
      '  36 schedules tried → 36 distinct executions → 3 outcomes: complete',
    ]);
    expect(r.out).toContain('   #    runs  first  preemptions  outcome\n');
    expect(r.out).toContain('outcome 3: 1003 wrote counter=1 after 1002 read it\n');
    // Every replay command replays its outcome.
    const replays = [...r.out.matchAll(/^ {2}forkscope run (.*)$/gm)].map((m) => m[1]!.split(' ').map((w) => w.replace(/^'(.*)'$/, '$1')));
    expect(replays).toHaveLength(3);
    const outs = [];
    for (const argv of replays) outs.push((await cli(['run', ...argv])).out);
    expect(outs).toEqual(['counter = 3\n', 'counter = 2\n', 'counter = 1\n']);
  });

  it('writes JSON with every outcome in full', async () => {
    const r = await cli(['explore', 'kernel/lost-update-3x1', '--format', 'json', '--outcome', 'stdout']);
    const doc = JSON.parse(r.out);
    expect(doc.schema).toBe('forkscope.explore/1');
    expect(doc.complete).toBe(true);
    expect(doc.outcomes.map((o: { parts: { stdout: string } }) => o.parts.stdout)).toEqual(['counter = 3\n', 'counter = 2\n', 'counter = 1\n']);
    expect(doc.outcomes[1].race.text).toBe('1004 wrote counter=2 after 1002 read it');
  });

  it('draws progress on stderr only when it is a terminal', async () => {
    const argv = ['explore', 'kernel/lost-update-3x1', '--strategy', 'random', '--max-runs', '50', '--workers', '1'];
    const tty = await cli(argv, true);
    expect(tty.err).toMatch(/^\r\x1b\[2Krandom: \d+ runs \([\d,]+\/s\), \d outcomes?, \d+ classes/);
    expect(tty.err.endsWith('\r\x1b[2K')).toBe(true);
    const piped = await cli(argv, false);
    expect(piped.err).toBe('');
    expect(piped.out).toBe(tty.out);
  });

  it('bounds preemptions and says the set is complete up to the bound', async () => {
    const r = await cli(['explore', 'kernel/lost-update-3x1', '--preemptions', '0']);
    expect(r.out).toContain('dfs (every schedule): ');
    expect(r.out).toContain('finished: every schedule with at most 0 preemptions');
    expect(r.out).toMatch(/→ 1 outcome: complete up to 0 preemptions/);
  });

  it('writes an outcome snapshot beside a scenario file, which checks out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-explore-'));
    const file = join(dir, 'race.py');
    writeFileSync(file, 'import os\npid = os.fork()\nprint("child" if pid == 0 else "parent")\nif pid:\n    os.wait()\n');
    const r = await cli(['explore', file, '--snapshot']);
    expect(r.status).toBe(0);
    const snap = join(dir, 'snapshots', 'race.outcomes');
    expect(r.err).toBe(`wrote ${snap}\n`);
    expect(existsSync(snap)).toBe(true);
    const text = readFileSync(snap, 'utf8');
    expect(text).toContain('coverage: complete\n');
    expect(text).toContain('scenario: ../race.py\n');
    expect(text).toContain('  stdout: "child\\nparent\\n"');
    expect(text).toContain('  stdout: "parent\\nchild\\n"');
    expect(await checkOutcomeSnapshot(snap, true)).toEqual({ status: 'same' });
    // `forkscope snapshots FILE` checks it by its outcomes alone (the file has no run snapshot).
    expect(await cli(['snapshots', file])).toEqual({ status: 0, out: `ok       ${file} (outcomes)\n`, err: '' });
    writeFileSync(file, 'import os\npid = os.fork()\nprint("kid" if pid == 0 else "parent")\nif pid:\n    os.wait()\n');
    const changed = await cli(['snapshots', file]);
    expect(changed.status).toBe(1);
    expect(changed.out).toMatch(/^program  .*race\.py \(outcomes\)\n {2}the program changed since the snapshot was made \(digest [0-9a-f]{16}, now [0-9a-f]{16}\); explore it again with --update\n1 snapshot\(s\) differ/);
    expect((await cli(['snapshots', file, '--update'])).out).toBe(`updated  ${file} (outcomes)\n`);
    expect(readFileSync(snap, 'utf8')).toContain('  stdout: "kid\\nparent\\n"');
  });

  it('names a directory standing where the outcome snapshot should be', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-explore-'));
    const file = join(dir, 'race.py');
    writeFileSync(file, 'import os\npid = os.fork()\nprint("child" if pid == 0 else "parent")\nif pid:\n    os.wait()\n');
    const snap = join(dir, 'snapshots', 'race.outcomes');
    mkdirSync(snap, { recursive: true });
    const message = `forkscope: ${snap} is a directory, where the snapshot file should be; move it away\n`;
    expect(await cli(['explore', file, '--snapshot'])).toMatchObject({ status: 1, err: message });
    expect(await cli(['snapshots', file])).toEqual({ status: 1, out: '', err: message });
  });

  const usage: [string[], string][] = [
    [['--strategy', 'fast'], "forkscope: option '--strategy <S>' argument 'fast' is invalid. Allowed choices are auto, dpor, pct, random.\n"],
    [['--max-runs', '0'], 'forkscope: --max-runs must be an integer from 1 to 1000000000, not \'0\'\n'],
    [['--outcome', 'stderr'], "forkscope: --outcome must be all, stdout, 'lines:REGEX' or return, not 'stderr'\n"],
    [['--max-time', 'soon'], "forkscope: --max-time must be a positive duration such as 30s or 2m, not 'soon'\n"],
    [['--snapshot', '--max-time', '10s'], 'forkscope: --snapshot explores within --max-runs only: a time budget would make the snapshot depend on the machine\n'],
    [['--workers', '0'], "forkscope: --workers must be an integer from 1 to 64, not '0'\n"],
  ];
  for (const [flags, message] of usage) {
    it(`rejects ${flags.join(' ')} with one line and status 2`, async () => {
      const r = await cli(['explore', 'kernel/lost-update-3x1', ...flags]);
      expect(r.status).toBe(2);
      expect(r.err).toBe(message);
      expect(r.out).toBe('');
    });
  }

  it('refuses --outcome return for a Python scenario, and --schedule', async () => {
    const py = await cli(['explore', 'docs/fork/fork-returns-twice', '--outcome', 'return']);
    expect(py.status).toBe(2);
    expect(py.err).toBe('forkscope: --outcome return needs a TypeScript scenario (its main program returns a value)\n');
    const sch = await cli(['explore', 'kernel/lost-update-3x1', '--schedule', '01']);
    expect(sch.status).toBe(2);
    expect(sch.err).toMatch(/^forkscope: unknown option '--schedule'/);
  });
});
