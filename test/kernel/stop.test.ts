/**
 * Stopping and continuing a process (kernel/signal.ts: stop, cont; sched.ts: park,
 * unpark), seen through TypeScript programs: what a stopped process's tasks show, a call
 * given up at the stop and made again at SIGCONT by its deadline, waitpid's WUNTRACED and
 * WCONTINUED reports, the parent's SIGCHLD, a fatal signal to a stopped process, and the
 * orphaned process group a main program leaves when it exits with a child stopped.
 */
import { describe, expect, it } from 'vitest';
import { blockedOn } from '../../src/render/describe.js';
import { renderTrace } from '../../src/render/trace.js';
import { blockedTasks } from '../../src/render/deadlock.js';
import { procOf, taskAt } from '../../src/kernel/state.js';
import { SIGKILL, wifcontinued, wifstopped, wstopsig, waitstatusToExitcode } from '../../src/kernel/syscalls.js';
import type { Sys } from '../../src/scenario/api.js';
import { lines, machine, run } from '../helpers.js';

const SIGHUP = 1;
const SIGCHLD = 17;
const SIGCONT = 18;
const SIGSTOP = 19;
const SIGTSTP = 20;

/** Seconds to a tenth (start-up costs shift times by microseconds). */
const secs = (ns: number): string => `${(ns / 1e9).toFixed(1)}s`;

describe('stopping and continuing a process', () => {
  it('a stopped sleeper is blocked on "stopped"; at SIGCONT its sleep goes on to its first deadline', () => {
    let child = 0;
    const k = machine(function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        const t0 = yield* k.time();
        yield* k.sleep('1s');
        yield* k.print(`child woke after ${secs((yield* k.time()) - t0)}`);
        yield* k.sleep('1s');
        yield* k.print(`child woke after ${secs((yield* k.time()) - t0)}`);
        return 0;
      }
      child = pid;
      yield* k.sleep('300ms');
      yield* k.kill(pid, SIGSTOP);
      yield* k.sleep('1500ms');
      yield* k.kill(pid, SIGCONT);
      yield* k.wait(pid);
    });
    // Run to 1 s: the child is stopped, its sleep given up.
    while (k.state.clock < 1e9 && k.step());
    const task = taskAt(k.state, procOf(k.state, child).tasks[0]!);
    expect(task.state.tag).toBe('blocked');
    expect(task.state.tag === 'blocked' && blockedOn(k.state, task.state.on)).toBe('stopped by SIGSTOP (until SIGCONT)');
    k.run();
    // Its first sleep's deadline (1 s) passed while it was stopped: it returns at once at SIGCONT (1.8 s).
    expect(lines(k)).toEqual(['child woke after 1.8s', 'child woke after 2.8s']);
    const trace = renderTrace(k.trace);
    expect(trace).toContain('running → blocked: stopped by SIGSTOP (until SIGCONT)');
    expect(trace).toContain('blocked → ready: signal SIGCONT');
  });

  it('a sleep with time left at SIGCONT sleeps only what is left; a busy child stops where it is', () => {
    const k = run(function* (k: Sys) {
      const sleeper = yield* k.fork();
      if (sleeper === 0) {
        const t0 = yield* k.time();
        yield* k.sleep('1s');
        yield* k.print(`sleeper woke after ${secs((yield* k.time()) - t0)}`);
        return 0;
      }
      yield* k.sleep('200ms');
      yield* k.kill(sleeper, SIGSTOP);
      yield* k.sleep('300ms');
      yield* k.kill(sleeper, SIGCONT);
      yield* k.wait(sleeper);
    });
    expect(lines(k)).toEqual(['sleeper woke after 1.0s']);
  });

  it('waitpid reports a stop with WUNTRACED and a continue with WCONTINUED, once each; SIGKILL ends a stopped child', () => {
    const k = run(function* (k: Sys) {
      yield* k.signal(SIGCHLD, 'catch');
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.sleep('10s');
        return 0;
      }
      yield* k.sleep('10ms');
      yield* k.kill(pid, SIGSTOP);
      const [, stopped] = (yield* k.wait(pid, { untraced: true }))!;
      const again = yield* k.wait(pid, { nohang: true, untraced: true });
      yield* k.kill(pid, SIGCONT);
      const [, continued] = (yield* k.wait(pid, { continued: true }))!;
      yield* k.kill(pid, SIGSTOP);
      yield* k.kill(pid, SIGKILL);
      const [, killed] = (yield* k.wait(pid))!;
      const chld = yield* k.caught();
      yield* k.print(`stopped ${wifstopped(stopped)} by ${wstopsig(stopped)}; then ${JSON.stringify(again)}; continued ${wifcontinued(continued)}; killed ${waitstatusToExitcode(killed)}; caught ${JSON.stringify(chld)}`);
    });
    expect(lines(k)).toEqual([`stopped true by ${SIGSTOP}; then [0,0]; continued true; killed -${SIGKILL}; caught [${SIGCHLD}]`]);
  });

  it('a parent waiting without WUNTRACED for a stopped child is stuck: the deadlock report says the child is stopped', () => {
    let child = 0;
    const k = run(function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.kill(yield* k.getpid(), SIGSTOP);
        yield* k.print('not reached');
        return 0;
      }
      child = pid;
      yield* k.wait(pid);
    });
    expect(k.state.end?.kind).toBe('deadlock');
    expect(k.output).toEqual([]);
    const waiters = blockedTasks(k.state).map((w) => `${w.pid}: ${w.what}; ${w.holders}`);
    expect(waiters).toEqual([`${child - 1}: wait for child ${child}; children: ${child} (stopped)`, `${child}: stopped by SIGSTOP (until SIGCONT); `]);
  });

  it('a caught SIGTSTP runs no stop; SIGTSTP at its default stops, as SIGSTOP does', () => {
    const k = run(function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.signal(SIGTSTP, 'catch');
        yield* k.sleep('100ms');
        yield* k.signal(SIGTSTP, 'default');
        yield* k.sleep('1s');
        return 0;
      }
      yield* k.sleep('50ms');
      yield* k.kill(pid, SIGTSTP);
      const first = yield* k.wait(pid, { nohang: true, untraced: true });
      yield* k.sleep('100ms');
      yield* k.kill(pid, SIGTSTP);
      const [, second] = (yield* k.wait(pid, { untraced: true }))!;
      yield* k.kill(pid, SIGCONT);
      const [, end] = (yield* k.wait(pid))!;
      yield* k.print(`${JSON.stringify(first)} ${wifstopped(second) && wstopsig(second)} ${waitstatusToExitcode(end)}`);
    });
    expect(lines(k)).toEqual([`[0,0] ${SIGTSTP} 0`]);
  });

  it('the main program exits with a child stopped: the orphaned job gets SIGHUP, then SIGCONT', () => {
    let child = 0;
    const k = run(function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.signal(SIGHUP, 'catch');
        yield* k.kill(yield* k.getpid(), SIGSTOP);
        yield* k.print(`child continued; caught ${JSON.stringify(yield* k.caught())}`);
        // Orphaned: a stop signal other than SIGSTOP is discarded now.
        yield* k.kill(yield* k.getpid(), SIGTSTP);
        yield* k.print('SIGTSTP did not stop it');
        return 3;
      }
      child = pid;
      yield* k.wait(pid, { untraced: true });
      yield* k.print('main exits');
    });
    expect(lines(k)).toEqual(['main exits', `child continued; caught [${SIGHUP}]`, 'SIGTSTP did not stop it']);
    expect(k.state.end?.kind).toBe('done');
    expect(waitstatusToExitcode(procOf(k.state, child).wstatus)).toBe(3);
  });

  it('with history kept (immer drafts, as the TUI runs), a stop and a continue give the same run', () => {
    const program = function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.kill(yield* k.getpid(), SIGSTOP);
        yield* k.print('child continued');
        return 0;
      }
      const [, stopped] = (yield* k.wait(pid, { untraced: true }))!;
      yield* k.kill(pid, SIGCONT);
      yield* k.wait(pid);
      yield* k.print(`parent saw the stop: ${wifstopped(stopped)}`);
    };
    const plain = run(program);
    const kept = run(program, { history: true, freeze: true });
    expect(lines(kept)).toEqual(['child continued', 'parent saw the stop: true']);
    expect(renderTrace(kept.trace)).toBe(renderTrace(plain.trace));
  });

  it('without a handler, SIGHUP ends the orphaned stopped child', () => {
    let child = 0;
    const k = run(function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.kill(yield* k.getpid(), SIGSTOP);
        yield* k.print('not reached');
        return 0;
      }
      child = pid;
      yield* k.wait(pid, { untraced: true });
    });
    expect(k.output).toEqual([]);
    expect(k.state.end?.kind).toBe('done');
    expect(waitstatusToExitcode(procOf(k.state, child).wstatus)).toBe(-SIGHUP);
  });
});
