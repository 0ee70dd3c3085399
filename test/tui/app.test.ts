/**
 * The stepping UI's panes, rendered with ink-testing-library: frames are file snapshots
 * (test/tui/frames/), at 80×24 and larger, without colour (NO_COLOR), with CJK output.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import React from 'react';
import { loadScenario } from '../../src/scenario/load.js';
import { Session } from '../../src/tui/session/session.js';
import { width } from '../../src/tui/text.js';
import { initialUi } from '../../src/tui/ui.js';
import { runCommand } from '../../src/tui/commands.js';
import { screenRows } from '../../src/tui/screen.js';
import { processLines } from '../../src/tui/panes/processes.js';
import type { Pid } from '../../src/kernel/types.js';
import { inkEvents } from './ink-events.js';

process.env.NO_COLOR = '1';
process.env.FORCE_COLOR = '0';

let render: typeof import('ink-testing-library').render;
let App: typeof import('../../src/tui/App.js').App;
beforeAll(async () => {
  ({ render } = await import('ink-testing-library'));
  ({ App } = await import('../../src/tui/App.js'));
});

/**
 * One poll (1 ms), for the pauses that see that nothing happens (an effect that must not
 * run): a 0 ms timer the app set is due before it. Waits for something end on the app's
 * frames instead (ink-events.ts).
 */
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));
const KEY: Record<string, string> = { right: '\u001B[C', left: '\u001B[D', up: '\u001B[A', down: '\u001B[B', tab: '\t', enter: '\r', escape: '\u001B', space: ' ' };

async function open(id: string, cols = 80, rows = 24, options = {}) {
  const session = new Session(await loadScenario(id), options);
  session.seek(0);
  const app = render(React.createElement(App, { session, cols, rows, scheduleFile: '/tmp/forkscope-test.schedule' }));
  const events = inkEvents(app);
  await events.listening();
  // Each key redraws (App's input handler ends in a redraw): wait for the new frame.
  const press = async (...keys: string[]): Promise<string> => {
    for (const k of keys) {
      const drawn = events.next(`the frame after the key ${k}`);
      app.stdin.write(KEY[k] ?? k);
      await drawn;
    }
    return app.lastFrame() ?? '';
  };
  return { session, app, events, press, frame: () => app.lastFrame() ?? '' };
}

/** Every line fits the terminal, counting CJK characters as two columns. */
function fits(frame: string, cols: number, rows: number): void {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(rows - 1);
  for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(cols);
}

describe('the stepping UI', () => {
  it('80×24: every pane at the start, after the fork, and both processes’ variables', async () => {
    const { press, frame, app } = await open('docs/fork/fork-returns-twice');
    expect(frame()).not.toMatch(/\u001B\[/); // NO_COLOR: no escape codes
    fits(frame(), 80, 24);
    await expect(frame()).toMatchFileSnapshot('./frames/fork-start-80x24.txt');
    let f = frame();
    while (!f.includes('forks: process 1002')) f = await press('right');
    await expect(f).toMatchFileSnapshot('./frames/fork-at-fork-80x24.txt');
    expect(f).toContain('pid = 1002');
    f = await press('down');
    expect(f).toContain('Vars: pid 1002 (* differs from 1001)');
    expect(f).toMatch(/pid = 0\s+\*/);
    await expect(f).toMatchFileSnapshot('./frames/fork-child-variables-80x24.txt');
    fits(f, 80, 24);
    app.unmount();
  });

  it('a run not recorded yet (forkscope step takes the terminal first): it says how far recording got, ignores keys but q, then shows its start', async () => {
    const session = new Session(await loadScenario('docs/queue/producer-consumer-values'), {}, { deferred: true });
    const app = render(React.createElement(App, { session, cols: 80, rows: 24 }));
    const events = inkEvents(app);
    const first = app.lastFrame() ?? '';
    expect(first).toMatch(/recording the run: t=[\d.]+s, [\d,]+ events?, \d+ process(es)? so far/);
    expect(first).toContain('the keys work once it is recorded; q quits');
    fits(first, 80, 24);
    await events.listening();
    app.stdin.write(KEY.right!);
    // Each slice of the recording ends in a frame; the first after it shows the run's start.
    await events.wait('the recorded run at its start', () => session.recorded && (app.lastFrame() ?? '').includes('step 0/'));
    expect(session.recorded).toBe(true);
    // The key typed while it recorded did not move it.
    expect(app.lastFrame()).toMatch(/event \d+\/\d+ {2}step 0\//);
    expect(session.position).toBe(0);
    app.unmount();
  });

  it('CJK output lines up in the output pane and the source pane', async () => {
    const { press, app } = await open('docs/fork/getpid-getppid');
    const f = await press('G');
    expect(f).toContain('我是父进程1001,我的子进程是1002');
    fits(f, 80, 24);
    await expect(f).toMatchFileSnapshot('./frames/cjk-end-80x24.txt');
    app.unmount();
  });

  it('larger terminals get the timeline and kernel objects beside source and variables', async () => {
    const { press, app } = await open('docs/queue/producer-consumer-values', 140, 48);
    const f = await press(':', '4', '0', 'enter');
    expect(f).toContain('Timeline');
    expect(f).toContain('Kernel objects');
    expect(f).toMatch(/queue/);
    fits(f, 140, 48);
    await expect(f).toMatchFileSnapshot('./frames/queue-140x48.txt');
    // Keys that arrive in one read (typed fast, pasted) each count, Enter included.
    const g = await press(':12\r');
    expect(g).toMatch(/event 12\/\d+/);
    app.unmount();
  });

  it('p opens the other platform beside this one, run only as far as this run goes, and p again closes it', async () => {
    const { press, app, events, frame } = await open('docs/fork/fork-returns-twice', 120, 40);
    await press('G', 'p');
    // The other run is recorded after a frame that says so, a slice per frame: wait for the split view.
    const f = await events.wait('the split view', () => frame().includes('beside'));
    expect(f).toContain('windows beside linux, at the same virtual time');
    // Past this run's end the split view cannot go: the windows run is cut there (or at 1 ms).
    expect(f).toMatch(/\(run to t=[\d.]+m?s, where this one ends\)/);
    expect(await press('p')).toContain('split view closed');
    app.unmount();
  });

  it('p opens the split view at once and records the other run a slice per frame: the view fills as it runs, keys work meanwhile', async () => {
    const session = new Session(await loadScenario('docs/queue/producer-consumer-values'), {});
    session.seek(session.end);
    const ui = initialUi(session);
    const pending: (() => void)[] = [];
    const ctx = { session, ui, quit: () => {}, page: 10, later: (work: () => void) => pending.push(work) };
    runCommand(ctx, 'platform');
    expect(ui.status).toMatch(/^running the program on windows( \(run to t=[\d.]+m?s, where this one ends\))?: the view fills as it runs; p closes it$/);
    const other = ui.other!;
    expect(other.settings.platform).toBe('windows');
    expect(other.recorded).toBe(false);
    let slices = 0;
    let during = '';
    while (pending.length > 0) {
      pending.shift()!();
      slices++;
      if (!other.recorded) {
        during = screenRows(session, ui, { cols: 120, rows: 40 }).join('\n');
        // A key while the other run is being recorded moves this run; the other stays where its recording is.
        runCommand(ctx, 'back');
        runCommand(ctx, 'forward');
      }
    }
    expect(slices).toBeGreaterThan(1);
    expect(during).toMatch(/windows: processes \(running: t=[\d.]+m?s so far\)/);
    expect(other.recorded).toBe(true);
    expect(ui.status).toMatch(/^windows beside linux/);
    // Recorded: it follows this run by time again.
    expect(other.clock).toBeLessThanOrEqual(session.clock);
    expect(screenRows(session, ui, { cols: 120, rows: 40 }).join('\n')).not.toContain('running: t=');
  });

  it("80 columns: the process table's DOING says what a blocked process waits on whole (WHERE is only as wide as it needs)", async () => {
    const session = new Session(await loadScenario('docs/sync/producer-consumer-semaphores'), { platform: 'windows' });
    session.seek(session.end);
    const f = screenRows(session, initialUi(session), { cols: 80, rows: 24 }).join('\n');
    expect(f).toContain("waits: acquire on Semaphore 'empty'");
    expect(f).toContain("waits: acquire on Semaphore 'full'");
    expect(f).toMatch(/line 51 {2}waits: wait for child \d+/);
  });

  it("the split view's other table, which ↑↓ do not move, does not offer to scroll", async () => {
    const session = new Session(await loadScenario('docs/queue/producer-consumer-values'), {});
    session.seek(session.end);
    const table = (scrolls?: boolean): string => processLines(session.state, { selected: 1001 as Pid, width: 60, height: 2, marked: new Set(), where: () => '', ...(scrolls === undefined ? {} : { scrolls }) })[0]!.map((c) => c.text).join('');
    expect(table()).toMatch(/\(1-1 of 3; ↑↓ scroll\)$/);
    expect(table(false)).toMatch(/\(1-1 of 3\)$/);
  });

  it('quitting while the split view is still recording the other run stops that recording (the command ends at once)', async () => {
    const { press, app, events } = await open('docs/queue/producer-consumer-values', 120, 40);
    const slices = vi.spyOn(Session.prototype, 'recordSome');
    try {
      await press('p');
      // The key's frame comes before the recording's first slice (a 0 ms timer); each slice ends in a frame: wait for the first.
      await events.wait("the other run's first slice", () => slices.mock.calls.length >= 1);
      // None may run after the unmount.
      const before = slices.mock.calls.length;
      expect(before).toBeGreaterThanOrEqual(1);
      app.unmount();
      for (let i = 0; i < 150; i++) await tick();
      expect(slices).toHaveBeenCalledTimes(before);
      expect(slices.mock.results.at(-1)!.value).toBe(false);
    } finally {
      slices.mockRestore();
    }
  });

  it('p while the other run is still being recorded closes the view and stops recording it', async () => {
    const session = new Session(await loadScenario('docs/queue/producer-consumer-values'), {});
    const ui = initialUi(session);
    const pending: (() => void)[] = [];
    const ctx = { session, ui, quit: () => {}, page: 10, later: (work: () => void) => pending.push(work) };
    runCommand(ctx, 'platform');
    const other = ui.other!;
    pending.shift()!();
    runCommand(ctx, 'platform');
    expect(ui.other).toBeNull();
    const at = other.position;
    while (pending.length > 0) pending.shift()!();
    expect(other.position).toBe(at);
    expect(other.recorded).toBe(false);
  });

  it('help, tree and event-breakpoint overlays; Esc closes them', async () => {
    const { press, app } = await open('kernel/fork-tree');
    let f = await press('?');
    expect(f).toContain('continue backward to the previous breakpoint');
    await expect(f).toMatchFileSnapshot('./frames/help-80x24.txt');
    f = await press('escape', 'G', 't');
    expect(f).toContain('adopted by 1');
    await expect(f).toMatchFileSnapshot('./frames/tree-80x24.txt');
    f = await press('escape', 'g', 'e', 'down', 'space');
    expect(f).toContain('[x] exit');
    f = await press('escape', 'c');
    // The message names the breakpoint that stopped the run.
    expect(f, f).toMatch(/stopped at a breakpoint \(exit\): pid \d+/);
    expect(f).toContain('ends (exit(');
    f = await press('B', 'c');
    expect(f, f).toMatch(/stopped at a breakpoint \((exit|process \d+)\): pid \d+/);
    app.unmount();
  });

  it('a TypeScript scenario: WHERE and the Source pane show the line of its operation; a breakpoint on a line stops there', async () => {
    const { press, session, app } = await open('kernel/fork-tree');
    let f = await press('right');
    expect(f).toContain('fork-tree.ts:16 · pid 1001');
    f = await press('right');
    expect(f).toContain('fork-tree.ts:17 · pid 1001');
    expect(f).toMatch(/> +17 +const b = yield\* k\.fork\(\);/);
    expect(f).toMatch(/1001 +\d+ +fork-tree +\S+ +line 17 /);
    // The Source pane's cursor starts on the current line: five down is line 22 (the orphan's sleep).
    f = await press('tab', 'down', 'down', 'down', 'down', 'down', 'b');
    expect(f).toContain('breakpoint set at fork-tree.ts:22');
    f = await press('c');
    expect(f).toContain('stopped at a breakpoint (fork-tree.ts:22): pid 1004');
    expect(session.location(1004)).toBe('fork-tree.ts:22');
    expect(f).toContain('fork-tree.ts:22 · pid 1004');
    app.unmount();
  });

  it('long lines scroll sideways: the Source pane by default, the focused Output or Vars pane', async () => {
    const { press, app } = await open('kernel/fork-tree');
    let f = await press('right');
    expect(f).toContain('fork-tree.ts:16 · pid 1001  (> more)');
    f = await press('>');
    expect(f).toContain('fork-tree.ts:16 · pid 1001  ‹col 17›');
    // The gutter stays; the code moved 16 columns left.
    expect(f).toMatch(/> +16 \(`a \(pid \$\{root\}\) starts`\);/);
    f = await press('<');
    expect(f).toMatch(/> +16 +yield\* k\.print/);
    f = await press('<');
    expect(f).toContain('the source pane shows the start of its lines');
    app.unmount();
  });

  it('a long output line scrolls sideways in the focused Output pane, to its end and no further', async () => {
    const { press, app } = await open(new URL('./fixtures/long-line.py', import.meta.url).pathname);
    let f = await press('G', 'tab', 'tab', 'tab');
    expect(f).toMatch(/▌ Output  \(> more\)/);
    expect(f).not.toContain('<END>');
    for (let i = 0; i < 5 && !f.includes('further right'); i++) f = await press('>');
    expect(f).toContain('no line of the output pane goes further right');
    expect(f).toMatch(/Output  ‹col 3\d /);
    expect(f).toMatch(/-+ <END>\s*\n/);
    fits(f, 80, 24);
    app.unmount();
  });

  it('search, jump by time, next step of a process, and back', async () => {
    const { press, session, app } = await open('docs/process/start-and-join');
    let f = await press('/', ...'Child process end', 'enter');
    expect(f).toContain('Child process end');
    const at = session.position;
    // The message says where the search stopped and how to go on.
    expect(f.split('\n').slice(-2).map((l) => l.trim()).join(' ')).toContain(`'Child process end' at event ${session.eventsDone} (in its events or output): ] next match, [ previous`);
    f = await press(':', ...'1ms', 'enter');
    expect(session.clock).toBeLessThanOrEqual(1_000_000);
    f = await press('G', 'left');
    expect(session.position).toBe(session.end - 1);
    f = await press('g', 'n');
    expect(session.position).toBeGreaterThan(0);
    expect(at).toBeGreaterThan(0);
    app.unmount();
  });

  it('80×24: the Kernel objects pane says how many objects it shows and scrolls up to the oldest (the Queue) when focused', async () => {
    const { press, app } = await open('docs/queue/producer-consumer-values');
    let f = await press(':', ...'40', 'enter', 'tab', 'tab', 'tab', 'tab', 'tab');
    expect(f).toMatch(/▌ Kernel objects {2}\((\d+)-(\d+) of (\d+); ↑↓ scroll\)/);
    const [, a, b, n] = /Kernel objects {2}\((\d+)-(\d+) of (\d+)/.exec(f)!.map(Number);
    expect(b).toBe(n);
    expect(f).not.toContain("Queue 'buffer'");
    for (let i = 0; i < a! - 1; i++) f = await press('up');
    expect(f).toContain(`Kernel objects  (1-${b! - a! + 1} of ${n}; ↑↓ scroll)`);
    expect(f).toMatch(/Queue 'buffer'|queue 'buffer'/);
    // No further than the oldest; down goes back toward the newest.
    f = await press('up', 'down');
    expect(f).toContain(`Kernel objects  (2-${b! - a! + 2} of ${n}; ↑↓ scroll)`);
    fits(f, 80, 24);
    app.unmount();
  });

  it('be the scheduler: a list of options longer than the screen scrolls with the selection (1 CPU: the header says CPU)', async () => {
    const { press, app } = await open('docs/fork/fork-returns-twice', 80, 24, { cpus: 1 });
    let f = await press('s');
    expect(f).toContain('1 CPU ·');
    expect(f).toMatch(/Be the scheduler: pick one \(↑↓ Enter, Esc\) {2}options 1-\d+ of \d+, PgUp PgDn/);
    const total = Number(/of (\d+), PgUp/.exec(f)![1]);
    for (let i = 0; i < total + 3; i++) f = await press('down');
    const selected = f.split('\n').filter((l) => l.startsWith('> '));
    expect(selected).toHaveLength(1);
    expect(f).toMatch(new RegExp(`options \\d+-${total} of ${total}, PgUp PgDn`));
    f = await press('pageup');
    expect(f.split('\n').filter((l) => l.startsWith('> '))).toHaveLength(1);
    fits(f, 80, 24);
    app.unmount();
  });

  it('80×24: when the step says more than the Event pane holds, its title and the hints say x; x shows every event, scrolls, follows → and closes', async () => {
    const { press, frame, session, app } = await open('docs/fork/fork-returns-twice');
    let f = frame();
    while (!f.includes('forks: process 1002')) f = await press('right');
    // The pane drops the sentence that only names the call, ends with '…', and says where the rest is.
    expect(f).toContain('─ Event  (x: all of it) ─');
    expect(f).not.toContain('makes the system call fork');
    expect(f.split('\n').at(-1)).toMatch(/ x more /);
    fits(f, 80, 24);
    const step = session.position;
    f = await press('x');
    expect(f).toContain('▌ Event (x or Esc closes; → ← step)');
    expect(f).toContain(`Step ${step}: events`);
    expect(f).toContain('• Process 1001 makes the system call fork.');
    expect(f).toMatch(/• Process 1001 forks: process 1002 is created as a copy of it \(same memory, same\n {2}open objects\) and waits for a CPU\./);
    fits(f, 80, 24);
    // → steps with it open: it explains the next step.
    f = await press('right');
    expect(f).toContain(`Step ${step + 1}: event`);
    expect(session.position).toBe(step + 1);
    f = await press('x');
    expect(f).toContain('─ Event');
    expect(f).not.toContain('x or Esc closes');
    // A step whose explanation fits: neither the title nor the hints offer x.
    f = await press('G');
    expect(f).toContain('The run is over');
    expect(f).not.toContain('x: all of it');
    expect(f).not.toContain('x more');
    app.unmount();
  });

  it('the Event overlay scrolls when the step says more than the screen holds (12 rows)', async () => {
    const session = new Session(await loadScenario('kernel/fork-tree'), {});
    session.seek(9); // the step with the most events of this run (5)
    const ui = initialUi(session);
    runCommand({ session, ui, quit: () => {}, page: 4 }, 'explain');
    const shown = (): string => screenRows(session, ui, { cols: 80, rows: 12 }).join('\n');
    let f = shown();
    const [, a, b, n] = /\(lines (\d+)-(\d+) of (\d+); ↑↓ PgUp PgDn scroll\)/.exec(f)!.map(Number);
    expect(a).toBe(1);
    expect(n).toBeGreaterThan(b!);
    const { modalKey } = await import('../../src/tui/commands.js');
    const ctx = { session, ui, quit: () => {}, page: 4 };
    for (let i = 0; i < n!; i++) expect(modalKey(ctx, 'down', 'down')).toBe(true);
    f = shown();
    expect(f).toContain(`(lines ${n! - (b! - a!)}-${n} of ${n}; ↑↓ PgUp PgDn scroll)`);
    // Not a scrolling key: it goes to the key table (Space plays).
    expect(modalKey(ctx, 'space', ' ')).toBe(false);
  });

  it('be the scheduler at 80 columns: each decision is said once above its options, and every option row is whole', async () => {
    const { press, session, app } = await open('docs/daemon/with-daemon');
    while (!session.nextDecisions().some((d) => d.kind === 'jitter')) session.seek(session.position + 1);
    await press('right', 'left');
    const f = await press('s');
    const lines = f.split('\n');
    const heading = lines.findIndex((l) => /^decision \d+: how late a timer fires within the timer slack/.test(l));
    expect(heading).toBeGreaterThan(0);
    const options = lines.filter((l) => /^[> ] \[\d+\] /.test(l));
    expect(options.length).toBeGreaterThan(3);
    expect(options.filter((l) => l.includes('(taken)'))).toHaveLength(1);
    for (const l of options) {
      expect(l.trimEnd(), l).toMatch(/pid \d+'s timer fires \d+ steps? of the slack late$/);
      expect(width(l.trimEnd())).toBeLessThan(80);
    }
    fits(f, 80, 24);
    app.unmount();
  });

  it('be the scheduler: take a decision over, the header shows the new branch, w writes the schedule', async () => {
    const { press, session, app } = await open('kernel/lost-update-2');
    let p = 0;
    while (session.nextDecisions().length === 0) p++, session.seek(p);
    await press('right', 'left');
    const before = session.schedule();
    let f = await press('s');
    expect(f).toContain('Be the scheduler');
    f = await press('down', 'enter');
    expect(f).toContain('branched');
    expect(session.schedule()).not.toBe(before);
    f = await press('w');
    expect(f).toContain('wrote /tmp/forkscope-test.schedule');
    // At 80 columns the message wraps over a few rows (a long schedule is cut there: it is printed at the end) and the frame still fits.
    fits(f, 80, 24);
    expect(f.split('\n').slice(-4).join(' ')).toMatch(/replay \(printed again when you quit\): forkscope run kernel\/lost-update-2 --seed 1 --cpus 2 --schedule '[^\n]*…$/);
    expect(p).toBeGreaterThanOrEqual(0);
    app.unmount();
  });

  it('w at 80 columns: a replay command longer than a row is on the screen whole, over the rows it needs', async () => {
    const { press, session, app } = await open('docs/fork/fork-returns-twice');
    const f = await press('G', 'w');
    fits(f, 80, 24);
    const command = session.replayCommand();
    expect(`wrote /tmp/forkscope-test.schedule; replay (printed again when you quit): ${command}`.length).toBeGreaterThan(80);
    const bottom = f.split('\n').slice(-2).map((l) => l.trim()).join(' ');
    expect(bottom).toContain(command);
    app.unmount();
  });
});
