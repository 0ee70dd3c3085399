/**
 * The built binary in a real terminal (tmux): open a documents' example, step to the
 * first fork, look at both processes' variables, step back, set a line breakpoint and
 * continue to it, take a scheduling decision over, write the schedule, quit — then
 * `forkscope run … --schedule` with that string prints what the UI showed. Needs tmux
 * (.ci/run installs it) and a build (`npm ci` builds): it fails, never skips, without them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'dist/cli/bin.cjs');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

class Tmux {
  constructor(readonly name: string) {}
  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' });
  }
  key(k: string): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, k]);
  }
  /**
   * Polls the screen until `test` holds. It fails, with the screen, once the screen can no
   * longer come to hold: the command in the terminal has ended (each session's shell echoes
   * EXIT=<status> last), or `past` holds. No count of tries or time bounds it, so load
   * may slow it but never fail it. It returns the second of two captures in a row where
   * `test` holds: a frame is drawn in pieces, and one caught half drawn can show a new
   * header over an old body (the terminal said "branched" over the decision list it had left).
   */
  async until(what: string, test: (screen: string) => boolean, past: (screen: string) => boolean = () => false): Promise<string> {
    let held = false;
    for (;;) {
      const s = this.screen();
      if (test(s)) {
        if (held) return s;
        held = true;
      } else {
        held = false;
        if (/EXIT=\d+/.test(s) || past(s)) throw new Error(`the terminal never showed ${what}; it shows:\n${s}`);
      }
      await sleep(50);
    }
  }
  /**
   * Sends a key and waits until the screen shows `what` (`test`), failing as `until` does
   * (`past`: the screen shows that it never will). Every key's effect is named: a wait
   * for "some change" could not tell a slow frame from a key that changes nothing.
   */
  press(k: string, what: string, test: (s: string) => boolean, past?: (s: string) => boolean): Promise<string> {
    this.key(k);
    return this.until(what, test, past);
  }
}

/** The step the status line shows (`step N/M`). */
const stepOf = (screen: string): number => Number(/step (\d+)\//.exec(screen)?.[1] ?? -1);

/** The source line under the Source pane's cursor (`N<`). */
const cursorOf = (screen: string): number => Number(/(\d+)</.exec(screen)?.[1] ?? -1);

describe('forkscope step in a terminal (tmux)', () => {
  it('tmux is installed (the end-to-end test needs it; .ci/run installs it with apt-get)', () => {
    expect(hasTmux, 'tmux is missing: apt-get install tmux').toBe(true);
    expect(existsSync(BIN), `no build at ${BIN}: run npm run build`).toBe(true);
  });

  it('open, step to the fork, variables of both, step back, line breakpoint, be the scheduler, write, quit; the schedule replays what it showed', async () => {
    expect(hasTmux, 'tmux is missing: apt-get install tmux').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-e2e-'));
    const t = new Tmux(`forkscope-e2e-${process.pid}`);
    execFileSync('tmux', ['new-session', '-d', '-s', t.name, '-x', '100', '-y', '30', '-c', dir, `env -u CI node ${BIN} step docs/daemon/with-daemon; echo EXIT=$?; sleep 600`]);
    try {
      let s = await t.until('the UI', (x) => x.includes('Processes') && x.includes('step 0/'));
      // step to the first fork
      for (let i = 0; i < 100 && !s.includes('forks: process'); i++) {
        const next = stepOf(s) + 1;
        s = await t.press('Right', `step ${next}`, (x) => stepOf(x) === next);
      }
      expect(s).toContain('forks: process 1002');
      oneFrame(s);
      const forkStep = Number(/step (\d+)\//.exec(s)![1]);
      // both processes' variables
      expect(s).toMatch(/Vars: pid 1001/);
      expect(s).toMatch(/p = <Process/);
      s = await t.press('Down', 'the child', (x) => x.includes('Vars: pid 1002') && x.includes('(* differs from 1001)'));
      expect(s).toContain('(* differs from 1001)');
      // step back
      s = await t.press('Left', 'the step before the fork', (x) => x.includes(`step ${forkStep - 1}/`));
      expect(s).not.toContain('forks: process 1002');
      // a line breakpoint on `print(f"Run >>> {i}")` (line 12), then continue to it
      s = await t.press('Tab', 'the source cursor', (x) => /\d+</.test(x));
      let cursor = cursorOf(s);
      while (cursor !== 12) {
        const to = cursor < 12 ? cursor + 1 : cursor - 1;
        s = await t.press(cursor < 12 ? 'Down' : 'Up', `the source cursor on line ${to}`, (x) => cursorOf(x) === to);
        cursor = to;
      }
      s = await t.press('b', 'the breakpoint', (x) => x.includes('breakpoint set at with-daemon.py:12'));
      s = await t.press('c', 'the stop', (x) => x.includes('stopped at a breakpoint') && /Source: with-daemon\.py:12 \(pid 1002\)/.test(x));
      expect(s).toMatch(/Source: with-daemon\.py:12 \(pid 1002\)/);
      // be the scheduler: s opens the options of the next step with a decision (going there when this one has none)
      s = await t.press('s', 'the scheduler', (x) => x.includes('Be the scheduler'), (x) => x.includes('nothing is left to decide'));
      expect(s).toContain('Be the scheduler');
      // the first option not taken: each decision lists at least two options, one of them taken
      const selected = (x: string): string => x.split('\n').find((l) => l.startsWith('> ')) ?? '';
      for (let i = 0; i < 10 && selected(s).includes('(taken)'); i++) {
        const was = selected(s);
        s = await t.press('Down', 'the next option selected', (x) => selected(x) !== '' && selected(x) !== was);
      }
      expect(selected(s)).not.toContain('(taken)');
      s = await t.press('Enter', 'the new branch', (x) => x.includes('branched') && x.includes('taken over'));
      expect(s).toContain('taken over');
      // write the schedule, look at the output at the end, quit
      s = await t.press('w', 'the written schedule', (x) => x.includes('wrote with-daemon.schedule'));
      s = await t.press('G', 'the end', (x) => x.includes('The run is over'));
      const shown = outputPane(s);
      expect(shown.length).toBeGreaterThan(0);
      s = await t.press('q', 'the shell again', (x) => x.includes('EXIT=0') && x.includes('replay the schedule you wrote'));
      expect(s).toContain('replay the schedule you wrote: forkscope run docs/daemon/with-daemon');
      const schedule = readFileSync(join(dir, 'with-daemon.schedule'), 'utf8').trim();
      const replay = execFileSync('node', [BIN, 'run', 'docs/daemon/with-daemon', '--schedule', schedule], { encoding: 'utf8' });
      expect(replay.trimEnd().split('\n')).toEqual(shown);
    } finally {
      spawnSync('tmux', ['kill-session', '-t', t.name]);
    }
  });

  it('CJK output lines up in a real terminal; Ctrl-C leaves with status 130 and gives the terminal back', async () => {
    expect(hasTmux, 'tmux is missing: apt-get install tmux').toBe(true);
    const t = new Tmux(`forkscope-e2e-cjk-${process.pid}`);
    execFileSync('tmux', ['new-session', '-d', '-s', t.name, '-x', '80', '-y', '24', `env -u CI node ${BIN} step docs/fork/getpid-getppid; echo EXIT=$?; sleep 600`]);
    try {
      await t.until('the UI', (x) => x.includes('Processes') && x.includes('step 0/'));
      const s = await t.press('G', 'the end', (x) => x.includes('The run is over'));
      oneFrame(s);
      expect(outputPane(s)).toEqual(['我是父进程1001,我的子进程是1002', '我是子进程1002,我的父进程是1001']);
      // The source pane's right edge: the rule between source and variables is in one column on every row, CJK or not.
      const rows = s.split('\n').filter((l) => l.includes('│'));
      expect(rows.some((l) => l.includes("print('我是"))).toBe(true);
      expect(new Set(rows.map((l) => stringWidth(l.slice(0, l.indexOf('│')))))).toEqual(new Set([39]));
      const after = await t.press('C-c', 'the shell again', (x) => x.includes('EXIT=130'));
      expect(after).not.toContain('Processes');
    } finally {
      spawnSync('tmux', ['kill-session', '-t', t.name]);
    }
  });

  it('keys typed while the run is recorded are not echoed; q then quits; the terminal gets its echo and line mode back', async () => {
    expect(hasTmux, 'tmux is missing: apt-get install tmux').toBe(true);
    const t = new Tmux(`forkscope-e2e-keys-${process.pid}`);
    // dict-race records for seconds (101 Python processes): long enough to type into.
    execFileSync('tmux', ['new-session', '-d', '-s', t.name, '-x', '80', '-y', '24', `env -u CI node ${BIN} step docs/manager/dict-race; status=$?; stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo\\|-\\?icanon' | tr '\\n' ' '; echo; echo EXIT=$status; sleep 600`]);
    try {
      await t.until('the recording', (x) => x.includes('recording the run'), (x) => x.includes('step 0/'));
      t.key('zzz');
      const s = await t.press('q', 'the shell again', (x) => x.includes('EXIT=0') && x.includes('icanon'));
      expect(s).not.toContain('zzz');
      expect(s).not.toContain('recording the run');
      expect(s).toMatch(/^icanon echo *$/m);
    } finally {
      spawnSync('tmux', ['kill-session', '-t', t.name]);
    }
  });

  it('with no file: the picker filters as you type, Enter opens the UI on the scenario, and keys step it', async () => {
    expect(hasTmux, 'tmux is missing: apt-get install tmux').toBe(true);
    const t = new Tmux(`forkscope-e2e-pick-${process.pid}`);
    execFileSync('tmux', ['new-session', '-d', '-s', t.name, '-x', '80', '-y', '24', `env -u CI node ${BIN} step; echo EXIT=$?; sleep 600`]);
    try {
      await t.until('the picker', (x) => x.includes('pick a scenario'));
      // Resized, it lays its list out again: whole titles at 120 columns, its first row still the title.
      execFileSync('tmux', ['resize-window', '-t', t.name, '-x', '120', '-y', '30']);
      await t.until('the picker at 120 columns', (x) => x.startsWith('forkscope step: pick') && x.includes('reporting progress through a Manager queue'));
      execFileSync('tmux', ['resize-window', '-t', t.name, '-x', '80', '-y', '24']);
      await t.until('the picker at 80 columns again', (x) => x.startsWith('forkscope step: pick') && !x.includes('through a Manager queue'));
      t.key('fork-returns');
      await t.until('the filter', (x) => x.includes('filter: fork-returns ') && x.includes('> docs/fork/fork-returns-twice'));
      await t.press('Enter', 'the UI', (x) => x.includes('step 0/'));
      const s = await t.press('Right', 'one step on', (x) => x.includes('step 1/'));
      expect(s).toContain('step 1/');
      expect(s).toContain('(docs/fork/fork-returns-twice)');
      await t.press('q', 'the shell again', (x) => x.includes('EXIT=0'));
    } finally {
      spawnSync('tmux', ['kill-session', '-t', t.name]);
    }
  });

  it('with stdout not a terminal, prints the plain output and how to open the UI, and exits with the program’s status', () => {
    const ok = spawnSync('node', [BIN, 'step', 'docs/daemon/with-daemon'], { encoding: 'utf8', env: { ...process.env, CI: '' } });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('Run >>> 1\nRun >>> 2\nENDING!\n');
    expect(ok.stderr).toContain("run 'forkscope step docs/daemon/with-daemon' in a terminal");
    expect(ok.stdout).not.toMatch(/\u001B/);
    const failing = spawnSync('node', [BIN, 'step', 'docs/fork/getpid-getppid', '--platform', 'windows'], { encoding: 'utf8' });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain("AttributeError: module 'os' has no attribute 'fork'");
  });
});

/** The screen shows one whole frame: the title on the first row, one header, one process table (a renderer that loses track of the cursor leaves pieces of old frames). */
function oneFrame(screen: string): void {
  const lines = screen.replace(/\n+$/, '').split('\n');
  expect(lines[0]).toMatch(/^forkscope /);
  expect(lines.filter((l) => / event \d+\/\d+ /.test(l))).toHaveLength(1);
  expect(lines.filter((l) => l.startsWith('▌ Processes') || l.startsWith('─ Processes'))).toHaveLength(1);
}

/** The lines of the Output pane on a captured screen. */
function outputPane(screen: string): string[] {
  const lines = screen.split('\n');
  const start = lines.findIndex((l) => l.startsWith('─ Output'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('─ Event'));
  return lines.slice(start + 1, end).map((l) => l.trimEnd()).filter((l) => l !== '');
}
