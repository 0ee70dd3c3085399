/**
 * The address space of a TypeScript program: one generator per thread, each with the
 * log of every result it has been given, so that `fork` can rebuild the calling
 * thread by replaying its log into a fresh generator (generators cannot be copied).
 * POSIX fork copies only the calling thread; so does this.
 */
import { KernelPanic, panic } from '../kernel/panic.js';
import type { AddressSpace, RunResult } from '../kernel/program.js';
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
  ) {}
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
        return settle(r);
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

function settleResult(r: IteratorResult<Step, Json | void>): IteratorResult<Step, number> {
  if (r.done) return { done: true, value: typeof r.value === 'number' ? r.value : 0 };
  return r as IteratorResult<Step, number>;
}
