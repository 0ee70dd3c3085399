/**
 * Ctrl-C with a real signal: the built command line (dist/, made by npm ci or npm run
 * build), started as a user starts it, prints a program's first line while the program
 * runs on, gets SIGINT, and ends like an exhausted budget — what was printed stays, a
 * report with the replay command goes to stderr, status 130 — and the replay command
 * stops at the same point. An exploration with a budget it cannot spend prints its
 * title, gets SIGINT, and prints the report of what it found. No wall-clock limit: the
 * tests wait for the output line, then for the exit.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { shellWords } from './shell.js';

const BIN = fileURLToPath(new URL('../../dist/cli/bin.cjs', import.meta.url));

/** Runs the CLI in a child process; sends SIGINT once `ready` appears on its stdout. */
function interrupt(args: string[], ready: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!sent && out.includes(ready)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('Ctrl-C', () => {
  it('keeps what was printed, reports where the run was, exits 130; the replay stops at the same point', async () => {
    expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-sigint-'));
    const prog = join(dir, 'spin.py');
    writeFileSync(prog, 'print("started", flush=True)\ni = 0\nwhile True:\n    i += 1\n');
    const r = await interrupt(['run', prog], 'started');
    expect(r.code).toBe(130);
    expect(r.out).toBe('started\n');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^forkscope: interrupted \(Ctrl-C\) at t=(\d+\.\d{6})s, after \d+ events; the program did not finish$/);
    expect(lines[1]).toMatch(/^ {2}pid 1001 \(spin\.py\) (running|ready|interrupted) at spin\.py:\d$/);
    const replay = /^ {2}replay: (forkscope run .* --max-steps \d+)$/.exec(lines.at(-1)!)?.[1];
    expect(replay, r.err).toBeDefined();
    // The replay is a step budget that stops where Ctrl-C did.
    const io = bufferIo();
    expect(await main(shellWords(replay!).slice(1), io)).toBe(124);
    expect(io.out).toBe('started\n');
    const t = /at t=(\d+\.\d+)s/.exec(lines[0]!)![1];
    expect(io.err).toContain(`step budget exhausted at t=${t}s`);
  });

  for (const workers of ['1', '2']) {
    it(`stops an exploration between runs and prints what it found, exits 130 (--workers ${workers})`, async () => {
      expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true);
      const args = ['explore', 'kernel/lost-update-3x1', '--strategy', 'random', '--max-runs', '1000000000', '--workers', workers];
      const r = await interrupt(args, 'forkscope explore kernel/lost-update-3x1\n');
      expect(r.code).toBe(130);
      const runs = /^forkscope: interrupted \(Ctrl-C\) after ([\d,]+) runs: the outcomes found so far\n$/.exec(r.err)?.[1];
      expect(runs, r.err).toBeDefined();
      const lines = r.out.split('\n');
      expect(lines.slice(0, 4)).toEqual([
        'forkscope explore kernel/lost-update-3x1',
        "  free mode: every order of the processes' operations that synchronisation allows",
        `  random walk: ${runs} runs, stopped by Ctrl-C`,
        expect.stringMatching(new RegExp(`^  ${runs} schedules tried → [\\d,]+ distinct executions? → \\d outcomes?: sampled \\(other outcomes may exist\\)$`)),
      ]);
      // Each outcome found replays with its command.
      const rows = [...r.out.matchAll(/^ +\d+ +[\d,]+ +[\d,]+ +\d+ +stdout (counter = \d)\\n/gm)].map((m) => `${m[1]}\n`);
      const replays = [...r.out.matchAll(/^ {2}forkscope run (.*)$/gm)].map((m) => shellWords(m[1]!));
      expect(rows.length).toBeGreaterThan(0);
      expect(replays).toHaveLength(rows.length);
      const outs = [];
      for (const argv of replays) {
        const io = bufferIo();
        await main(['run', ...argv], io);
        outs.push(io.out);
      }
      expect(outs).toEqual(rows);
    });
  }
});
