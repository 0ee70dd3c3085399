/**
 * One execution, as the explorer keeps it: for every kernel step, the task that took it,
 * what it touched and how (its footprint), the call it made, the candidates it was
 * chosen among and which of them would have waited, and the data decisions (which
 * waiter, how late a timer) made inside it. Strategies read it to decide the next run;
 * dependence.ts reads it to find races.
 *
 * The Recorder is both the kernel's Chooser and its footprint recorder: it asks a
 * Driver (the strategy) at each decision and writes everything down.
 */
import { type View, type WaitEnv, liveEnv, mayWait, viewOf, waitKeys, waitsNow } from '../kernel/blocking.js';
import type { ChoiceKind, Chooser } from '../kernel/chooser.js';
import { FP, type Footprint, fpKey, fpKind } from '../kernel/footprint.js';
import { hash53 } from './hash.js';
import type { Kernel } from '../kernel/kernel.js';
import { findProc, taskAt } from '../kernel/state.js';
import type { Syscall } from '../kernel/syscalls.js';
import type { KernelState, Pid, Tid } from '../kernel/types.js';

/** What the strategy decides during a run. */
export interface Driver {
  /**
   * Which candidate goes next at step `at`: an index into the first n of `who` (the
   * tasks whose events are pending, earliest first); `waits[i]` is 1 when candidate i's
   * call would wait. Return -1 to abandon the run (the strategy has no use for it).
   */
  pick(at: number, n: number, who: Int32Array, waits: Uint8Array, exec: Execution): number;
  /** A decision inside step `at` (its `nth` one there): which waiter, how late a timer, which ticket. */
  data(at: number, nth: number, kind: ChoiceKind, n: number, who: Int32Array): number;
}

/** Thrown through the kernel when a driver abandons a run. */
export class Abandon extends Error {
  constructor() {
    super('run abandoned by its strategy');
  }
}

/**
 * File paths as footprint keys: a path's key is a hash of it, the same in every run and
 * every worker (two paths sharing a key would only make two steps look dependent).
 */
export class Paths {
  private readonly names = new Map<number, string>();
  key(path: string): number {
    const key = fpKey(FP.file, hash53(path) % 2 ** 40);
    this.names.set(key, path);
    return key;
  }

  /** The path of a file key (undefined for a key it did not make). */
  pathOf(key: number): string | undefined {
    return this.names.get(key);
  }
}

/** Keys whose state can decide whether a call waits: their views are kept. */
const VIEWED: ReadonlySet<number> = new Set([FP.obj, FP.refs, FP.proc, FP.task]);

export class Execution {
  /** Steps taken. */
  n = 0;
  readonly tid: Tid[] = [];
  readonly pid: Pid[] = [];
  /** Which of its task's steps this is (0: the first). */
  readonly nth: number[] = [];
  /** The syscall the step performed, or null (a timer, the end of a chunk, a signal). */
  readonly call: (Syscall | null)[] = [];
  /** Accesses of step i are accKey[accStart[i] .. accStart[i + 1]). */
  readonly accStart: number[] = [];
  readonly accKey: number[] = [];
  readonly accWrite: boolean[] = [];
  /** The key's view before the step changed it (keys a call may wait on), else null. */
  readonly accView: (View | null)[] = [];
  /** Data decisions of step i are data[dataStart[i] .. dataStart[i + 1]), with their option counts. */
  readonly dataStart: number[] = [];
  readonly data: number[] = [];
  readonly dataN: number[] = [];
  /**
   * The candidates step i was chosen among, end to end: candPool[candStart[i] .. +candLen[i]]
   * (length 0: it was the only one), and whether each would have waited (waitPool).
   */
  readonly candStart: number[] = [];
  readonly candLen: number[] = [];
  readonly candPool: number[] = [];
  readonly waitPool: number[] = [];
  /** Step i switched away from a task that could have gone on. */
  readonly preempt: boolean[] = [];
  preemptions = 0;
  /** Steps each task has taken so far. */
  private readonly count: number[] = [];
  /**
   * Entries in use of accKey/accWrite/accView, data/dataN, and candPool/waitPool. The
   * arrays are written by index: a batch of sampled runs reuses one Execution (`reset`),
   * so they keep their room and the entries past these stay until overwritten.
   */
  private nacc = 0;
  private ndata = 0;
  private ncand = 0;
  /** The run was abandoned by its strategy before it ended. */
  aborted = false;
  /** When the run was cut by its step or time budget: the tasks with an event pending (their next steps were never taken). */
  pending: readonly number[] = [];
  /** The call each of them was about to make (parallel to `pending`; null: a timer, the end of a chunk, a signal). */
  pendingCalls: readonly (Syscall | null)[] = [];
  /** Makes the schedule string (set when the run ends), and the string once made. */
  private made: (() => string) | null = null;
  private text: string | null = null;

  /** The run ended: `schedule` makes its schedule string, when it is first asked for. */
  ended(schedule: () => string): void {
    this.made = schedule;
    this.text = null;
  }

  /**
   * The schedule string that replays it. Made on first use: most sampled runs only add
   * to a count, and making the string is a good part of a small run's cost.
   */
  get schedule(): string {
    if (this.text === null) this.text = this.made === null ? '' : this.made();
    return this.text;
  }

  /** Empties it for another run, keeping the arrays' room. */
  reset(): void {
    this.n = 0;
    this.nacc = 0;
    this.ndata = 0;
    this.ncand = 0;
    this.count.fill(0); // keeps its room (a batch reuses the Execution)
    this.preemptions = 0;
    this.aborted = false;
    this.pending = [];
    this.pendingCalls = [];
    this.made = null;
    this.text = null;
  }

  /**
   * Empties it for another run whose first steps are `prefix`'s (a run restored to the
   * checkpoint taken after them: start.ts).
   */
  startFrom(prefix: Execution): void {
    this.reset();
    const n = prefix.n;
    for (let i = 0; i < n; i++) {
      this.tid[i] = prefix.tid[i]!;
      this.pid[i] = prefix.pid[i]!;
      this.nth[i] = prefix.nth[i]!;
      this.call[i] = prefix.call[i] ?? null;
      this.accStart[i] = prefix.accStart[i]!;
      this.dataStart[i] = prefix.dataStart[i]!;
      this.candStart[i] = prefix.candStart[i]!;
      this.candLen[i] = prefix.candLen[i]!;
      this.preempt[i] = prefix.preempt[i]!;
    }
    for (let a = 0; a < prefix.nacc; a++) {
      this.accKey[a] = prefix.accKey[a]!;
      this.accWrite[a] = prefix.accWrite[a]!;
      this.accView[a] = prefix.accView[a]!;
    }
    for (let d = 0; d < prefix.ndata; d++) {
      this.data[d] = prefix.data[d]!;
      this.dataN[d] = prefix.dataN[d]!;
    }
    for (let c = 0; c < prefix.ncand; c++) {
      this.candPool[c] = prefix.candPool[c]!;
      this.waitPool[c] = prefix.waitPool[c]!;
    }
    for (let t = 0; t < prefix.count.length; t++) this.count[t] = prefix.count[t] ?? 0;
    this.n = n;
    this.nacc = prefix.nacc;
    this.ndata = prefix.ndata;
    this.ncand = prefix.ncand;
    this.preemptions = prefix.preemptions;
  }

  /** End of step i's accesses. */
  accEnd(i: number): number {
    return i + 1 < this.n ? this.accStart[i + 1]! : this.nacc;
  }

  dataEnd(i: number): number {
    return i + 1 < this.n ? this.dataStart[i + 1]! : this.ndata;
  }

  /** Records a data decision of the current step: answer `c` of `n`. */
  addData(c: number, n: number): void {
    this.data[this.ndata] = c;
    this.dataN[this.ndata++] = n;
  }

  /** The data decisions of step i. */
  dataOf(i: number): number[] {
    return this.data.slice(this.dataStart[i]!, this.dataEnd(i));
  }

  /** The candidates step i was chosen among, or null when it was the only one. */
  cands(i: number): number[] | null {
    const n = this.candLen[i]!;
    return n === 0 ? null : this.candPool.slice(this.candStart[i]!, this.candStart[i]! + n);
  }

  /** Which of step i's candidates would have waited (1), or null when it had no other. */
  waits(i: number): number[] | null {
    const n = this.candLen[i]!;
    return n === 0 ? null : this.waitPool.slice(this.candStart[i]!, this.candStart[i]! + n);
  }

  /** Starts step `n` for task `tid`, chosen among the first `n` of `who` (n 0: it was the only one). */
  begin(tid: Tid, pid: Pid, call: Syscall | null, n: number, who: Int32Array, waits: Uint8Array): void {
    const i = this.n++;
    this.tid[i] = tid;
    this.pid[i] = pid;
    this.nth[i] = (this.count[tid] = (this.count[tid] ?? 0) + 1) - 1;
    this.call[i] = call;
    this.accStart[i] = this.nacc;
    this.dataStart[i] = this.ndata;
    this.candStart[i] = this.ncand;
    this.candLen[i] = n;
    let pre = false;
    const last = i > 0 ? this.tid[i - 1]! : -1;
    for (let c = 0; c < n; c++) {
      this.candPool[this.ncand] = who[c]!;
      this.waitPool[this.ncand++] = waits[c]!;
      if (who[c] === last && last !== tid && waits[c] === 0) pre = true;
    }
    this.preempt[i] = pre;
    if (pre) this.preemptions++;
  }

  /** Records an access of the current step (the first view of a key is kept; a write wins). */
  access(key: number, write: boolean, view: View | null): void {
    const start = this.accStart[this.n - 1]!;
    for (let a = start; a < this.nacc; a++) {
      if (this.accKey[a] === key) {
        if (write) this.accWrite[a] = true;
        return;
      }
    }
    this.accKey[this.nacc] = key;
    this.accWrite[this.nacc] = write;
    this.accView[this.nacc++] = view;
  }

  /** Steps task `tid` took (its next step's index is this). */
  stepsOf(tid: Tid): number {
    return this.count[tid] ?? 0;
  }

  /** The task of the last step, or -1. */
  get last(): Tid {
    return this.n > 0 ? this.tid[this.n - 1]! : -1;
  }
}

const NO_WHO = new Int32Array(0);

/**
 * Which candidates of the coming step's decision would wait: one buffer for every
 * recorder of this thread (a run boots one; its decision is read at once, by its next step).
 */
let waitsBuffer = new Uint8Array(16);

/**
 * The kernel's Chooser and footprint recorder for one run: asks the driver at every
 * decision, records every step into an Execution.
 */
export class Recorder implements Chooser, Footprint {
  kernel: Kernel | null = null;
  /** Candidates of the decision the coming step was chosen by (n 0: none), and which would wait. */
  private n = 0;
  private who: Int32Array = NO_WHO;
  private dataNth = 0;
  /** The live state as a WaitEnv, made once (the state is edited in place: runs keep no history). */
  private env: WaitEnv | null = null;
  private envOf: KernelState | null = null;

  constructor(
    public exec: Execution,
    private driver: Driver,
    private readonly paths: Paths,
    /**
     * Keep the views of keys (what DPOR needs to tell whether a race can be reversed).
     * Sampling runs need only the keys: without views a step allocates nothing.
     */
    private views = true,
  ) {}

  /**
   * Records another run from here on (a machine restored to a checkpoint: start.ts):
   * into `exec`, asking `driver`. Nothing of the step in progress is kept.
   */
  reuse(exec: Execution, driver: Driver, views: boolean): void {
    this.exec = exec;
    this.driver = driver;
    this.views = views;
    this.n = 0;
    this.who = NO_WHO;
    this.dataNth = 0;
    this.env = null;
    this.envOf = null;
  }

  /** A checkpoint of its machine holds nothing of it: a run restored there records through `reuse`. */
  save(): unknown {
    return null;
  }

  load(_saved: unknown): void {}

  choose(kind: ChoiceKind, n: number, who: Int32Array): number {
    const k = this.kernel!;
    if (kind === 'tie') {
      if (waitsBuffer.length < n) waitsBuffer = new Uint8Array(Math.max(n, waitsBuffer.length * 2));
      const waits = waitsBuffer;
      for (let i = 0; i < n; i++) waits[i] = k.ctx.mode === 'free' && waitsNow(k.ctx, k.state, who[i]!) ? 1 : 0;
      const c = this.driver.pick(this.exec.n, n, who, waits, this.exec);
      if (c < 0) throw new Abandon();
      // The kernel's buffer stays as it is until the step begins (nothing else decides in between).
      this.n = n;
      this.who = who;
      return c;
    }
    // Inside a step (a wake-up, a timer's jitter, a lottery draw); boot makes none that matter.
    const at = this.exec.n - 1;
    const c = at < 0 ? 0 : this.driver.data(at, this.dataNth++, kind, n, who);
    if (at >= 0) this.exec.addData(c, n);
    return c;
  }

  step(tid: Tid): void {
    const k = this.kernel!;
    const task = taskAt(k.state, tid);
    const cpu = task.state.tag === 'running' ? k.state.cpus[task.state.cpu]! : null;
    const call = cpu !== null && cpu.pending === 'syscall' ? k.ctx.rt[tid]!.call : null;
    this.exec.begin(tid, task.pid, call, this.n, this.who, waitsBuffer);
    this.n = 0;
    this.dataNth = 0;
    // A step reads its own task: it conflicts with whatever creates, signals or ends that task.
    const self = fpKey(FP.task, tid);
    const views = this.views;
    this.exec.access(self, false, views ? viewOf(k.state, self) : null);
    // A call that may wait reads everything that decides whether it does, whatever path the
    // kernel takes (a recv that finds data does not look at the writers): reversing a race
    // must know whether the call would have waited there.
    if (call !== null && call.op === 'wait') {
      // The common waiting call, without the arrays waitKeys makes: the status of each child it may reap.
      if (call.nohang) return;
      const children = findProc(k.state, task.pid)?.children ?? [];
      for (const c of children) {
        if (call.pid !== -1 && c !== call.pid) continue;
        const key = fpKey(FP.proc, c);
        this.exec.access(key, false, views ? viewOf(k.state, key) : null);
      }
    } else if (call !== null && mayWait(call.op)) {
      if (this.env === null || this.envOf !== k.state) {
        this.env = liveEnv(k.state);
        this.envOf = k.state;
      }
      const keys = waitKeys(k.state, call, task.pid, this.env);
      if (keys !== null) for (const key of keys) this.exec.access(key, false, views ? viewOf(k.state, key) : null);
    }
  }

  touch(key: number, write: boolean): void {
    if (this.exec.n === 0) return; // boot
    const view = this.views && VIEWED.has(fpKind(key)) ? viewOf(this.kernel!.state, key) : null;
    this.exec.access(key, write, view);
  }

  file(path: string, write: boolean): void {
    if (this.exec.n === 0) return;
    this.exec.access(this.paths.key(path), write, null);
  }
}
