/**
 * Footprints: what each step touches and how, recorded before it changes anything; and
 * which pending calls wait (blocking.ts).
 */
import { describe, expect, it } from 'vitest';
import { waitsNow, viewOf } from '../../src/kernel/blocking.js';
import { FP, type Footprint, type FpKind, fpId, fpKey, fpKind } from '../../src/kernel/footprint.js';
import type { Kernel } from '../../src/kernel/kernel.js';
import { renderTrace } from '../../src/render/trace.js';
import type { Program, Sys } from '../../src/scenario/api.js';
import { increments } from '../../scenarios/_lib/lost-update.js';
import { machine, out, run } from '../helpers.js';

interface Touch {
  kind: FpKind;
  id: number | string;
  write: boolean;
  /** The key's view when it was touched (before the step changed it). */
  view: { a: number; b: number } | null;
}

/** A recorder that keeps every step: its task and what it touched. */
class Steps implements Footprint {
  readonly steps: { tid: number; touches: Touch[] }[] = [];
  kernel: Kernel | null = null;
  step(tid: number): void {
    this.steps.push({ tid, touches: [] });
  }
  touch(key: number, write: boolean): void {
    const view = this.kernel ? viewOf(this.kernel.state, key) : null;
    this.steps.at(-1)?.touches.push({ kind: fpKind(key), id: fpId(key), write, view });
  }
  file(path: string, write: boolean): void {
    this.steps.at(-1)?.touches.push({ kind: FP.file, id: path, write, view: null });
  }
}

function recorded(program: Program, opts = {}) {
  const fp = new Steps();
  const k = machine(program, { ...opts, footprint: fp });
  fp.kernel = k;
  k.run();
  return { k, steps: fp.steps };
}

const has = (steps: Steps['steps'], tid: number, kind: FpKind, write: boolean) =>
  steps.some((s) => s.tid === tid && s.touches.some((t) => t.kind === kind && t.write === write));

describe('footprints', () => {
  const lost = (k: Sys) => increments(k, 2, 1);

  it('do not change the run: the same trace and output with and without a recorder', () => {
    for (const mode of ['timed', 'free'] as const) {
      const plain = run(lost, { seed: 3, mode });
      const { k } = recorded(lost, { seed: 3, mode });
      expect(renderTrace(k.trace)).toBe(renderTrace(plain.trace));
      expect(out(k)).toBe(out(plain));
    }
  });

  it('name the cell reads and writes, forks, exits, waits and prints of the lost update', () => {
    const { k, steps } = recorded(lost, { mode: 'free' });
    const main = 0;
    const children = [1, 2];
    const cell = 0;
    // Each child reads, then writes, the counter; nobody else writes it.
    for (const tid of children) {
      const cellTouches = steps.filter((s) => s.tid === tid).flatMap((s) => s.touches.filter((t) => t.kind === FP.obj && t.id === cell));
      expect(cellTouches.map((t) => t.write)).toEqual([false, true]);
      expect(has(steps, tid, FP.task, true)).toBe(true); // its exit ends it
      expect(has(steps, tid, FP.proc, true)).toBe(true); // ... and makes its process a zombie
    }
    // The parent's forks take the pid counter and create each child's task; its waits read and reap the children.
    expect(steps.filter((s) => s.tid === main && s.touches.some((t) => t.kind === FP.ids)).length).toBe(2);
    for (const tid of children) {
      expect(steps.some((s) => s.tid === main && s.touches.some((t) => t.kind === FP.task && t.id === tid && t.write))).toBe(true);
    }
    const pids = [k.mainPid + 1, k.mainPid + 2];
    for (const pid of pids) {
      const waits = steps.filter((s) => s.tid === main && s.touches.some((t) => t.kind === FP.proc && t.id === pid));
      expect(waits.length).toBeGreaterThan(0);
    }
    expect(has(steps, main, FP.out, true)).toBe(true);
    expect(steps.every((s) => s.tid >= 0)).toBe(true);
  });

  it('are recorded before the step changes anything', () => {
    function* locker(k: Sys) {
      const lock = yield* k.lock('mutex');
      yield* k.acquire(lock);
      yield* k.release(lock);
      return 0;
    }
    const { steps } = recorded(locker);
    const views = steps.flatMap((s) => s.touches.filter((t) => t.kind === FP.obj && t.id === 0)).map((t) => t.view?.a);
    expect(views).toEqual([1, 0]); // acquire saw it free, release saw it taken
  });

  it('name file paths, and the directory when an entry appears', () => {
    function* files(k: Sys) {
      yield* k.writeFile('/tmp/a.txt', 'x');
      yield* k.writeFile('/tmp/a.txt', 'y');
      yield* k.readFile('/tmp/a.txt');
      return 0;
    }
    const { steps } = recorded(files, { files: { '/tmp/': '' } });
    const fileTouches = steps.flatMap((s) => s.touches.filter((t) => t.kind === FP.file)).map((t) => `${t.id}:${t.write ? 'w' : 'r'}`);
    expect(fileTouches).toEqual(['/tmp/a.txt:w', '/tmp:w', '/tmp/a.txt:w', '/tmp:r', '/tmp/a.txt:r']);
  });

  it('keys keep kind and id apart', () => {
    for (const kind of Object.values(FP)) {
      for (const id of [0, 1, 17, 123456]) {
        expect(fpKind(fpKey(kind, id))).toBe(kind);
        expect(fpId(fpKey(kind, id))).toBe(id);
      }
    }
  });
});

describe('waiting calls', () => {
  /**
   * A machine in free mode whose chooser, like an explorer's, never picks a task whose
   * call would wait while another can go; it records, before each step, which tasks'
   * pending calls waited.
   */
  function patient(program: Program) {
    const seen: { tid: number; op: string; waits: boolean }[] = [];
    const holder: { k: Kernel | null } = { k: null };
    const note = (k: Kernel, tid: number) => {
      const call = k.ctx.rt[tid]?.call;
      if (call && k.state.cpus.some((c) => c.task === tid && c.pending === 'syscall')) seen.push({ tid, op: call.op, waits: waitsNow(k.ctx, k.state, tid) });
    };
    const k = machine(program, {
      mode: 'free',
      chooser: {
        choose(_kind, n, who) {
          const kk = holder.k!;
          for (let i = 0; i < n; i++) note(kk, who[i]!);
          for (let i = 0; i < n; i++) if (!waitsNow(kk.ctx, kk.state, who[i]!)) return i;
          return 0;
        },
      },
    });
    holder.k = k;
    k.run();
    return { k, seen };
  }
  const saw = (seen: { tid: number; op: string; waits: boolean }[], op: string) => [...new Set(seen.filter((s) => s.op === op).map((s) => s.waits))].sort();

  it('a wait for a live child waits; once the child is a zombie it does not', () => {
    function* parent(k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.sleep('1ms');
        return 3;
      }
      yield* k.wait(pid);
      return 0;
    }
    const { k, seen } = patient(parent);
    expect(saw(seen, 'wait')).toEqual([true]);
    // It never blocked: the chooser ran it only once the child had exited (then it was the only candidate).
    expect(k.trace.some((e) => e.kind === 'block' && e.on.kind === 'wait')).toBe(false);
  });

  it('an acquire of a held lock waits; with a timeout it is a step like any other', () => {
    for (const timeout of [null, '5ms'] as const) {
      function* holder(k: Sys) {
        const lock = yield* k.lock();
        yield* k.acquire(lock);
        if ((yield* k.fork()) === 0) {
          yield* k.acquire(lock, { timeout });
          return 0;
        }
        yield* k.sleep('1ms');
        yield* k.release(lock);
        yield* k.wait();
        return 0;
      }
      const { seen } = patient(holder);
      expect(saw(seen, 'acquire').includes(true)).toBe(timeout === null);
    }
  });

  it('a get on an empty queue waits until an item is there', () => {
    function* queue(k: Sys) {
      const q = yield* k.queue();
      if ((yield* k.fork()) === 0) {
        yield* k.get(q);
        return 0;
      }
      yield* k.sleep('1ms');
      yield* k.put(q, 1);
      yield* k.wait();
      return 0;
    }
    const { k, seen } = patient(queue);
    expect(saw(seen, 'get')).toEqual([false, true]);
    expect(k.trace.some((e) => e.kind === 'block' && e.on.kind === 'ipc')).toBe(false);
  });

  it('a recv on an empty pipe waits while a writer holds the other end, not after it closes', () => {
    function* pipe(k: Sys) {
      const [r, w] = yield* k.pipe(false);
      if ((yield* k.fork()) === 0) {
        yield* k.close(w);
        const got = yield* k.recv(r);
        yield* k.print(got === undefined ? 'EOF' : 'data');
        return 0;
      }
      yield* k.close(r);
      yield* k.sleep('1ms');
      yield* k.close(w);
      yield* k.wait();
      return 0;
    }
    const { k, seen } = patient(pipe);
    expect(saw(seen, 'recv')).toEqual([false, true]);
    expect(out(k)).toBe('EOF\n');
  });

  it('views say what a waiting call looks at', () => {
    function* objects(k: Sys) {
      const q = yield* k.queue();
      yield* k.put(q, 1);
      const e = yield* k.event();
      yield* k.set(e);
      return 0;
    }
    const k = run(objects);
    expect(viewOf(k.state, fpKey(FP.obj, 0))).toEqual({ a: 1, b: 1 });
    expect(viewOf(k.state, fpKey(FP.obj, 1))).toEqual({ a: 1, b: 0 });
    expect(viewOf(k.state, fpKey(FP.out, 1))).toBeNull();
  });
});
