/**
 * The address space of a TypeScript program: one generator per thread, each with the
 * log of every result it has been given, so that `fork` can rebuild the calling
 * thread by replaying its log into a fresh generator (generators cannot be copied).
 * POSIX fork copies only the calling thread; so does this.
 */
import { KernelPanic, panic } from '../kernel/panic.js';
import type { AddressSpace, ProgramView, RunResult, SpaceSnapshot } from '../kernel/program.js';
import type { Ns, Pid, Tid } from '../kernel/types.js';
import { type Json, type Program, ScenarioError, type Step, sys } from './api.js';

/** One thread: its program, and where it is. */
class Thread {
  gen: Generator<Step, Json | void, unknown> | null = null;
  /** Results delivered so far, one per yielded step (undefined for compute). */
  readonly log: unknown[] = [];
  /** CPU time left of the current compute step. */
  computeLeft: Ns = 0;
  /** Set when the program threw: it has written its error and exits with status 1. */
  failed = false;
  /** What the program returned, once it has (the explorer's `return` outcome). */
  returned: unknown = undefined;

  constructor(
    readonly program: Program,
    readonly args: Json[],
    /** The main thread's return ends the process; another thread's ends the thread. */
    readonly main: boolean,
    public replay: unknown[] | null = null,
    /** Rebuilt from a snapshot: the step it yields after the replay was already handed to the kernel. */
    public restored = false,
  ) {}

  /** A thread in the same state, to be rebuilt by replaying what this one received. */
  copy(): Thread {
    const t = this.gen === null
      ? new Thread(this.program, this.args, this.main, this.replay?.slice() ?? null, this.restored)
      : new Thread(this.program, this.args, this.main, this.log.slice(), true);
    t.computeLeft = this.computeLeft;
    t.failed = this.failed;
    return t;
  }
}

export class TsSpace implements AddressSpace {
  /**
   * What the main thread's program returned (any value: a number is also the exit
   * status; anything else exits 0), once it has; undefined before.
   */
  result: unknown = undefined;
  private readonly threads = new Map<Tid, Thread>();
  /** Threads started with k.thread(), waiting for the kernel to give them a tid. */
  private readonly pending = new Map<number, Thread>();
  private nextEntry = 1;
  /** The first run() names the main thread's tid. */
  private main: Thread | null;

  constructor(program: Program, args: Json[], private readonly label: string, replay: unknown[] | null = null) {
    this.main = new Thread(program, args, true, replay);
  }

  /**
   * A snapshot: generators cannot be copied, so each thread keeps the results it
   * received, and a restored copy replays them into a fresh generator when it next runs.
   */
  snapshot(): SpaceSnapshot {
    const frozen = this.copy();
    return { restore: () => frozen.copy() };
  }

  private copy(): TsSpace {
    const c = Object.create(TsSpace.prototype) as TsSpace;
    const w = c as unknown as { threads: Map<Tid, Thread>; pending: Map<number, Thread>; nextEntry: number; main: Thread | null; label: string };
    w.threads = new Map([...this.threads].map(([tid, t]) => [tid, t.copy()]));
    w.pending = new Map([...this.pending].map(([e, t]) => [e, t.copy()]));
    w.nextEntry = this.nextEntry;
    w.main = this.main?.copy() ?? null;
    w.label = this.label;
    return c;
  }

  /** The program's arguments and the last results it received, as JSON (a generator's locals cannot be read). */
  inspect(tid: Tid): ProgramView | null {
    const t = this.threads.get(tid);
    if (!t) return null;
    const received = t.gen === null ? (t.replay ?? []) : t.log;
    const locals = [{ name: 'args', value: json(t.args) }];
    const last = received.slice(-3);
    last.forEach((v, i) => locals.push({ name: `received[-${last.length - i}]`, value: json(v) }));
    return { frames: [{ name: t.program.name || 'main', file: this.label, line: 0, locals }], module: this.label, globals: [] };
  }

  private thread(tid: Tid): Thread {
    let t = this.threads.get(tid);
    if (t === undefined) {
      if (this.main === null) panic(`${this.label}: no thread for task ${tid}`);
      t = this.main;
      this.main = null;
      this.threads.set(tid, t);
    }
    return t;
  }

  run(tid: Tid, budget: Ns, resume: unknown): RunResult {
    const t = this.thread(tid);
    let used = 0;
    if (t.computeLeft > 0) {
      const pay = Math.min(t.computeLeft, budget);
      t.computeLeft -= pay;
      used += pay;
      if (t.computeLeft > 0) return { used, call: null };
      resume = undefined;
    }
    for (;;) {
      const step = this.next(t, resume);
      if (step.done) {
        if (t.main) this.result = t.returned;
        return { used, call: t.main ? { op: 'exit', status: step.value } : { op: 'texit' } };
      }
      const s = step.value;
      if (s.op === 'compute') {
        const pay = Math.min(s.ns, budget - used);
        used += pay;
        resume = undefined;
        if (pay < s.ns) {
          t.computeLeft = s.ns - pay;
          return { used, call: null };
        }
        continue;
      }
      if (s.op === 'startThread') {
        const entry = this.nextEntry++;
        this.pending.set(entry, new Thread(s.program, s.args, false));
        return { used, call: { op: 'thread', entry, name: s.program.name } };
      }
      return { used, call: s };
    }
  }

  /** Advances a thread with `resume`; on a forked child's first run, replays its log first. */
  private next(t: Thread, resume: unknown): IteratorResult<Step, number> {
    if (t.failed) return { done: true, value: 1 };
    const settle = (r: IteratorResult<Step, Json | void>): IteratorResult<Step, number> => {
      if (r.done) t.returned = r.value;
      return settleResult(r);
    };
    try {
      if (t.gen === null) {
        t.gen = t.program(sys, ...t.args);
        let r = t.gen.next();
        if (t.replay) {
          for (const value of t.replay) {
            if (r.done) throw new ScenarioError('the program ended while replaying to its fork point: it is not deterministic (a forked child re-runs it and must get there again)');
            t.log.push(value);
            r = t.gen.next(value);
          }
          t.replay = null;
        }
        if (!t.restored) return settle(r);
        // Restored from a snapshot: the step it yielded was handed to the kernel before; this run answers it.
        t.restored = false;
      }
      t.log.push(resume);
      return settle(t.gen.next(resume));
    } catch (e) {
      if (e instanceof KernelPanic) throw e; // our bug, not the scenario's
      const message = e instanceof Error ? e.message : String(e);
      t.failed = true;
      return { done: false, value: { op: 'write', fd: 2, text: `${this.label}: uncaught error: ${message}\n` } };
    }
  }

  startThread(tid: Tid, entry: number): void {
    const t = this.pending.get(entry);
    if (t === undefined) panic(`${this.label}: no thread entry ${entry}`);
    this.pending.delete(entry);
    this.threads.set(tid, t);
  }

  fork(tid: Tid, _childTid: Tid, _childPid: Pid): AddressSpace {
    // The child is the calling thread alone: it replays what that thread received, then gets 0.
    const t = this.thread(tid);
    const child = new TsSpace(t.program, t.args, this.label, [...t.log, 0]);
    return child;
  }

  where(): string {
    return '';
  }
}

function json(v: unknown): string {
  if (v === undefined) return 'undefined';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function settleResult(r: IteratorResult<Step, Json | void>): IteratorResult<Step, number> {
  if (r.done) return { done: true, value: typeof r.value === 'number' ? r.value : 0 };
  return r as IteratorResult<Step, number>;
}
