/**
 * The address space of a TypeScript program: one generator per thread, each with the
 * log of every result it has been given, so that `fork` can rebuild the calling
 * thread by replaying its log into a fresh generator (generators cannot be copied).
 * POSIX fork copies only the calling thread; so does this.
 */
import { SYSCALL_OPS } from '../kernel/handlers.js';
import { KernelPanic, panic } from '../kernel/panic.js';
import type { AddressSpace, ProgramView, RunResult, SpaceSnapshot } from '../kernel/program.js';
import type { Ns, Pid, Tid } from '../kernel/types.js';
import { type Syscall, isInterrupted, retryCall, signalList } from '../kernel/syscalls.js';
import { type Json, type Program, ScenarioError, type Step, sys } from './api.js';
import type { CodeMap } from './source-map.js';
import { type Site, noting, siteLoc, takeSite, tracedSys } from './ts-where.js';

/** What `process.exit` does while scenario code runs: it may not end forkscope itself. */
function refuseExit(code?: number | string | null): never {
  throw new ScenarioError(`process.exit(${code ?? ''}) ends forkscope, not the simulated process; return the status from the program or use yield* k.exit(${code ?? 0})`);
}

/**
 * Whether process.exit is refused already for a whole run (`refusingExit`): a step then
 * leaves it alone. Setting it at every step of every program was a good part of a small
 * explored run's cost.
 */
let refusing = false;

/** Runs `f` (a whole run of the machine) with process.exit refused for every program step in it. */
export function refusingExit<T>(f: () => T): T {
  if (refusing) return f();
  const exit = process.exit;
  process.exit = refuseExit;
  refusing = true;
  try {
    return f();
  } finally {
    refusing = false;
    process.exit = exit;
  }
}

/** What a program may yield besides syscalls. */
const STEP_OPS: ReadonlySet<string> = new Set(['compute', 'startThread', 'caught']);

/** A short description of a value a program yielded, for an error message. */
function shown(v: unknown): string {
  if (typeof v === 'function') return `a function${v.name ? ` (${v.name})` : ''}`;
  if (typeof v === 'object' && v !== null && typeof (v as { next?: unknown }).next === 'function') return 'a generator (an operation of k used with yield instead of yield*)';
  try {
    const text = JSON.stringify(v);
    return text === undefined ? String(v) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(v);
  }
}

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
  /** Caught signals not yet reported to the program (bit n: signal n; the main thread only). */
  caught = 0;
  /** The last syscall it made (made again when a caught signal interrupts it). */
  lastCall: Syscall | null = null;
  /** Where it asked for its last operation (tracked programs only), and that place as 'file.ts:line' once read. */
  site: Site | null = null;
  loc: string | null = null;

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
    t.caught = this.caught;
    t.lastCall = this.lastCall;
    t.site = this.site;
    t.loc = this.loc;
    return t;
  }
}

export class TsSpace implements AddressSpace {
  /**
   * What the main thread's program returned (any value: a number is also the exit
   * status; anything else exits 0), once it has; undefined before.
   */
  result: unknown = undefined;
  /** Its threads by tid: the first to run in a field (most programs have no other), the others in a map made when one starts. */
  private firstTid = -1;
  private first: Thread | null = null;
  private others: Map<Tid, Thread> | null = null;
  /** Threads started with k.thread(), waiting for the kernel to give them a tid (made when the first starts: an explorer boots a space per run). */
  private pending: Map<number, Thread> | null = null;
  private nextEntry = 1;
  /** The first run() names the main thread's tid. */
  private main: Thread | null;
  /** Whether it reports where it is (trackWhere). */
  private tracked = false;

  constructor(
    program: Program,
    args: Json[],
    private readonly label: string,
    replay: unknown[] | null = null,
    /** Where the program's code came from, to name file:line:col in its errors. */
    private readonly map: CodeMap | null = null,
  ) {
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
    const w = c as unknown as { firstTid: number; first: Thread | null; others: Map<Tid, Thread> | null; pending: Map<number, Thread> | null; nextEntry: number; main: Thread | null; label: string; map: CodeMap | null; tracked: boolean };
    w.firstTid = this.firstTid;
    w.first = this.first?.copy() ?? null;
    w.others = this.others === null ? null : new Map([...this.others].map(([tid, t]) => [tid, t.copy()]));
    w.pending = this.pending === null ? null : new Map([...this.pending].map(([e, t]) => [e, t.copy()]));
    w.nextEntry = this.nextEntry;
    w.main = this.main?.copy() ?? null;
    w.label = this.label;
    w.map = this.map;
    w.tracked = this.tracked;
    return c;
  }

  /** The program's arguments and the last results it received, as JSON (a generator's locals cannot be read). */
  inspect(tid: Tid): ProgramView | null {
    const t = this.threadAt(tid);
    if (!t) return null;
    const received = t.gen === null ? (t.replay ?? []) : t.log;
    const locals = [{ name: 'args', value: json(t.args) }];
    const last = received.slice(-3);
    last.forEach((v, i) => locals.push({ name: `received[-${last.length - i}]`, value: json(v) }));
    return { frames: [{ name: t.program.name || 'main', file: this.label, line: 0, locals }], module: this.label, globals: [] };
  }

  private threadAt(tid: Tid): Thread | undefined {
    return tid === this.firstTid ? this.first! : this.others?.get(tid);
  }

  private add(tid: Tid, t: Thread): void {
    if (this.first === null) {
      this.firstTid = tid;
      this.first = t;
    } else (this.others ??= new Map()).set(tid, t);
  }

  private thread(tid: Tid): Thread {
    let t = this.threadAt(tid);
    if (t === undefined) {
      if (this.main === null) panic(`${this.label}: no thread for task ${tid}`);
      t = this.main;
      this.main = null;
      this.add(tid, t);
    }
    return t;
  }

  /** Caught signals arrived: the main thread reports them when it asks (caught(), pause()). */
  signal(tid: Tid, sigs: number): void {
    this.thread(tid).caught |= sigs;
  }

  run(tid: Tid, budget: Ns, resume: unknown): RunResult {
    const t = this.thread(tid);
    let used = 0;
    if (isInterrupted(resume) && t.lastCall !== null) {
      // A caught signal interrupted the call: pause returns, anything else goes on (PEP 475's retry).
      if (t.lastCall.op !== 'pause') return { used, call: (t.lastCall = retryCall(t.lastCall, resume.left)) };
      resume = signalList(t.caught);
      t.caught = 0;
    }
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
      if (s.op === 'caught') {
        resume = signalList(t.caught);
        t.caught = 0;
        continue;
      }
      if (s.op === 'startThread') {
        const entry = this.nextEntry++;
        (this.pending ??= new Map()).set(entry, new Thread(s.program, s.args, false));
        return { used, call: { op: 'thread', entry, name: s.program.name } };
      }
      t.lastCall = s;
      return { used, call: s };
    }
  }

  /**
   * Advances a thread with `resume`; on a forked child's first run, replays its log
   * first. An error the program throws (or a value it yields that is not an operation)
   * becomes a line on its stderr with the scenario's file:line:col, and exit status 1.
   */
  private next(t: Thread, resume: unknown): IteratorResult<Step, number> {
    if (t.failed) return { done: true, value: 1 };
    const guard = !refusing;
    const exit = guard ? process.exit : refuseExit;
    if (guard) process.exit = refuseExit;
    const track = this.tracked;
    try {
      if (t.gen === null) {
        t.gen = t.program(track ? tracedSys : sys, ...t.args);
        // Replaying to a fork point: only the last resume's site is where the copy stands.
        const replay = t.replay ?? [];
        noting(track && replay.length === 0);
        let r = this.sited(t, t.gen.next());
        for (let i = 0; i < replay.length; i++) {
          if (r.done) throw new ScenarioError('the program ended while replaying to its fork point: it is not deterministic (a forked child re-runs it and must get there again)');
          t.log.push(replay[i]);
          noting(track && i === replay.length - 1);
          r = this.sited(t, t.gen.next(replay[i]));
        }
        t.replay = null;
        if (!t.restored) return this.checked(t, settle(t, r));
        // Restored from a snapshot: the step it yielded was handed to the kernel before; this run answers it.
        t.restored = false;
      }
      t.log.push(resume);
      noting(track);
      return this.checked(t, settle(t, this.sited(t, t.gen.next(resume))));
    } catch (e) {
      if (e instanceof KernelPanic) throw e; // our bug, not the scenario's
      t.failed = true;
      return { done: false, value: { op: 'write', fd: 2, text: this.uncaught(e) } };
    } finally {
      noting(false);
      if (guard) process.exit = exit;
    }
  }

  /** Keeps the site the program noted while it ran (when tracked). */
  private sited<R>(t: Thread, r: R): R {
    if (!this.tracked) return r;
    const site = takeSite();
    if (site !== null) {
      t.site = site;
      t.loc = null;
    }
    return r;
  }

  /** A yielded value must be an operation: `yield 5` or `yield k.sleep(…)` (without the *) is the program's error. */
  private checked(t: Thread, r: IteratorResult<Step, number>): IteratorResult<Step, number> {
    if (r.done) return r;
    const s = r.value as unknown;
    const op = typeof s === 'object' && s !== null ? (s as { op?: unknown }).op : undefined;
    if (typeof op === 'string' && (SYSCALL_OPS.has(op) || STEP_OPS.has(op))) return r;
    t.failed = true;
    return { done: false, value: { op: 'write', fd: 2, text: `${this.label}: the program yielded ${shown(s)}, which is not a kernel operation: use yield* with an operation of k, as in yield* k.print('hi') (forkscope check FILE shows the type errors)\n` } };
  }

  /** The stderr line of an error the program threw, with where it was thrown. */
  private uncaught(e: unknown): string {
    let message = e instanceof Error ? e.message : String(e);
    const kind = e instanceof Error && e.name !== 'Error' && !(e instanceof ScenarioError) ? `${e.name}: ` : '';
    if (/is not iterable/.test(message) && e instanceof TypeError) {
      message = `${message} (yield* needs an operation of k, as in yield* k.sleep('1ms'); forkscope check FILE shows the type errors)`;
    }
    const frames = this.map && typeof (e as Error)?.stack === 'string' ? this.map.frames((e as Error).stack!) : [];
    const at = frames.length > 0 ? `\n${frames.slice(0, 5).map((f) => `    at ${f}`).join('\n')}` : '';
    return `${this.label}: uncaught error: ${kind}${message}${at}\n`;
  }

  startThread(tid: Tid, entry: number): void {
    const t = this.pending?.get(entry);
    if (t === undefined) panic(`${this.label}: no thread entry ${entry}`);
    this.pending!.delete(entry);
    this.add(tid, t);
  }

  fork(tid: Tid, _childTid: Tid, _childPid: Pid): AddressSpace {
    // The child is the calling thread alone: it replays what that thread received, then gets 0.
    const t = this.thread(tid);
    const child = new TsSpace(t.program, t.args, this.label, [...t.log, 0], this.map);
    child.tracked = this.tracked;
    return child;
  }

  trackWhere(): void {
    this.tracked = true;
  }

  /** The line of the operation task `tid` last asked for (tracked programs of a scenario file only). */
  where(tid: Tid): string {
    const t = this.threadAt(tid);
    if (!t || t.site === null || this.map === null) return '';
    return (t.loc ??= siteLoc(t.site, this.map));
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

/** A thread's step as the kernel takes it; a return is kept (the explorer's `return` outcome) and becomes the exit status. */
function settle(t: Thread, r: IteratorResult<Step, Json | void>): IteratorResult<Step, number> {
  if (!r.done) return r as IteratorResult<Step, number>;
  t.returned = r.value;
  return settleResult(r);
}

function settleResult(r: IteratorResult<Step, Json | void>): IteratorResult<Step, number> {
  if (r.done) return { done: true, value: typeof r.value === 'number' ? r.value : 0 };
  return r as IteratorResult<Step, number>;
}
