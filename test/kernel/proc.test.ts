import { describe, expect, it } from 'vitest';
import { SIGKILL, SIGTERM, wexitstatus, wifexited, wifsignaled, wtermsig } from '../../src/kernel/syscalls.js';
import type { Sys } from '../../src/scenario/api.js';
import { allProcs, findProc } from '../../src/kernel/state.js';
import { lines, run } from '../helpers.js';

describe('fork', () => {
  it('returns 0 in the child and the child pid in the parent; the child continues after the fork', () => {
    const k = run(function* (k: Sys) {
      const before = yield* k.getpid();
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.print(`child ppid=${yield* k.getppid()} parent=${before}`);
        return 0;
      }
      yield* k.wait(pid);
      yield* k.print(`parent got ${pid}, child of ${yield* k.getpid()}`);
    });
    expect(lines(k)).toEqual(['child ppid=1001 parent=1001', 'parent got 1002, child of 1001']);
  });

  it('copies program state: the child sees values computed before the fork, later changes are private', () => {
    const k = run(function* (k: Sys) {
      let x = 10;
      const pid = yield* k.fork();
      x += pid === 0 ? 1 : 100;
      if (pid === 0) {
        yield* k.print(`child x=${x}`);
        return 0;
      }
      yield* k.wait();
      yield* k.print(`parent x=${x}`);
    });
    expect(lines(k)).toEqual(['child x=11', 'parent x=110']);
  });

  it('forks in a loop make 2^n processes', () => {
    const k = run(function* (k: Sys) {
      for (let i = 0; i < 3; i++) yield* k.fork();
      yield* k.print('hi');
      while ((yield* k.wait()) !== null);
    }, { cpus: 2 });
    expect(lines(k)).toHaveLength(8);
    expect(allProcs(k.state).filter((p) => p.tasks.length > 0)).toHaveLength(8);
  });
});

describe('exit, wait and zombies', () => {
  it('reports raw wait statuses like Linux', () => {
    const k = run(function* (k: Sys) {
      const a = yield* k.fork();
      if (a === 0) return 5;
      const b = yield* k.fork();
      if (b === 0) {
        yield* k.sleep('1s');
        return 0;
      }
      yield* k.kill(b, SIGTERM);
      const ra = yield* k.wait(a);
      const rb = yield* k.wait(b);
      yield* k.print(JSON.stringify([ra, rb]));
    });
    const [[, sa], [, sb]] = JSON.parse(lines(k)[0]!) as [[number, number], [number, number]];
    expect(sa).toBe(5 << 8);
    expect(wifexited(sa!) && wexitstatus(sa!)).toBe(5);
    expect(sb).toBe(15);
    expect(wifsignaled(sb!) && wtermsig(sb!)).toBe(SIGTERM);
  });

  it('keeps an exited child a zombie until its parent waits; WNOHANG does not block; ECHILD without children', () => {
    const k = run(function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.sleep('5ms');
        return 2;
      }
      yield* k.print(`nohang early: ${JSON.stringify(yield* k.wait(pid, { nohang: true }))}`);
      yield* k.sleep('20ms');
      yield* k.print('child exited');
      yield* k.print(`wait: ${JSON.stringify(yield* k.wait(pid))}`);
      yield* k.print(`again: ${JSON.stringify(yield* k.wait(pid))}`);
    }, { history: true });
    expect(lines(k)).toEqual(['nohang early: [0,0]', 'child exited', `wait: [1002,${2 << 8}]`, 'again: null']);
    const states = k.history!.map((s) => findProc(s, 1002)?.status);
    expect(states).toContain('zombie');
    // A zombie between the child's exit and the parent's wait.
    const zombieAt = k.trace.find((e) => e.kind === 'exit' && e.pid === 1002)!.t;
    const reapAt = k.trace.find((e) => e.kind === 'reap' && e.child === 1002)!.t;
    expect(reapAt - zombieAt).toBeGreaterThan(10_000_000);
  });

  it('reparents orphans to init, which reaps them; SIGCHLD goes to the parent', () => {
    const k = run(function* (k: Sys) {
      if ((yield* k.fork()) === 0) {
        yield* k.sleep('10ms');
        yield* k.print(`orphan's parent: ${yield* k.getppid()}`);
        return 0;
      }
      return 0;
    });
    expect(lines(k)).toEqual(["orphan's parent: 1"]);
    expect(k.trace.some((e) => e.kind === 'reparent' && e.child === 1002 && e.to === 1)).toBe(true);
    expect(k.trace.some((e) => e.kind === 'reap' && e.pid === 1 && e.child === 1002)).toBe(true);
    expect(k.trace.some((e) => e.kind === 'signal' && e.sig === 17 && e.target === 1000)).toBe(true);
    expect(k.state.end).toEqual({ kind: 'done', status: 0 });
  });

  it('SIGKILL ends a blocked process; killing a finished process is harmless; unknown pids are ESRCH', () => {
    const k = run(function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        const q = yield* k.queue();
        yield* k.get(q);
        return 0;
      }
      yield* k.sleep('1ms');
      yield* k.print(`kill: ${yield* k.kill(pid, SIGKILL)}`);
      const r = yield* k.wait(pid);
      yield* k.print(`status ${r![1]}; kill again: ${yield* k.kill(pid, SIGKILL)}; kill 4242: ${yield* k.kill(4242)}`);
    });
    expect(lines(k)).toEqual(['kill: true', 'status 9; kill again: false; kill 4242: false']);
  });

  it('a signal to a task running on another CPU takes effect after its delivery time', () => {
    const k = run(function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.compute('1s');
        return 0;
      }
      yield* k.sleep('1ms');
      yield* k.kill(pid, SIGTERM);
      yield* k.print(`right after: ${JSON.stringify(yield* k.wait(pid, { nohang: true }))}`);
      yield* k.sleep('100us');
      yield* k.print(`later: ${JSON.stringify(yield* k.wait(pid, { nohang: true }))}`);
    }, { cpus: 2 });
    expect(lines(k)).toEqual(['right after: [0,0]', 'later: [1002,15]']);
    const sent = k.trace.find((e) => e.kind === 'signal' && e.sig === SIGTERM)!;
    const died = k.trace.find((e) => e.kind === 'exit' && e.pid === 1002)!;
    expect(died.t - sent.t).toBe(30_000);
  });

  it('the run exit status is the main process exit code', () => {
    expect(run(function* () { return 3; }).state.end).toEqual({ kind: 'done', status: 3 });
    const killed = run(function* (k: Sys) {
      yield* k.kill(yield* k.getpid(), SIGTERM);
    });
    expect(killed.state.end).toEqual({ kind: 'done', status: 128 + 15 });
  });
});

describe('pids', () => {
  it('increase on linux; are scattered multiples of 4 on windows, without reparenting', () => {
    const prog = function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.sleep('5ms');
        yield* k.print(`ppid ${yield* k.getppid()}`);
        return 0;
      }
      yield* k.print(`me ${yield* k.getpid()} child ${pid}`);
      return 0;
    };
    expect(lines(run(prog))).toEqual(['me 1001 child 1002', 'ppid 1']);
    const w = run(prog, { platform: 'windows', seed: 3 });
    const [me, child] = /me (\d+) child (\d+)/.exec(lines(w)[0]!)!.slice(1).map(Number);
    expect(me! % 4).toBe(0);
    expect(child! % 4).toBe(0);
    expect(lines(w)[1]).toBe(`ppid ${me}`);
    expect(lines(run(prog, { platform: 'windows', seed: 4 }))[0]).not.toBe(lines(w)[0]);
  });

  it('find every process by its pid, and none by a pid never allocated', () => {
    const prog = function* (k: Sys) {
      for (let i = 0; i < 3; i++) yield* k.fork();
      while ((yield* k.wait()) !== null);
      return 0;
    };
    for (const platform of ['linux', 'windows'] as const) {
      const k = run(prog, { platform, seed: 2 });
      const procs = allProcs(k.state);
      expect(procs).toHaveLength(2 + 8);
      for (const p of procs) expect(findProc(k.state, p.pid)).toBe(p);
      const pids = new Set(procs.map((p) => p.pid));
      // Around every pid (windows: the pids between two multiples of 4 share their index), below and above them all.
      const others = [0, 2, -1, 999, 100_000, ...procs.flatMap((p) => [p.pid - 1, p.pid + 1, p.pid + 2, p.pid + 3])].filter((pid) => !pids.has(pid));
      for (const pid of others) expect(findProc(k.state, pid)).toBeUndefined();
    }
  });
});
