/**
 * The kernel: boots a machine, steps it one event at a time, keeps its history.
 *
 * A step finds the next pending event — a CPU's task reaching its syscall or the end of
 * its slice, or a timer — and performs it (select.ts: the earliest, or in free mode any;
 * the Chooser picks among candidates). Then idle CPUs get ready tasks.
 *
 * With history on, each step runs through immer's `produce`, so every past state stays
 * valid and shares structure with the next; with history off the same recipe edits one
 * plain state in place. The trace and the output are append-only logs beside the state.
 */
import seedrandom from 'seedrandom';
import { catchUp } from './loadavg.js';
import { Immer, freeze } from 'immer';
import { Candidates, type Chooser, RecordingChooser, ReplayChooser, type ScheduleMode, ScheduleError, SeededChooser, FREE_MARK, parseScheduleRuns } from './chooser.js';
import type { Footprint } from './footprint.js';
import { type Next, select, selectFree } from './select.js';
import { type Checkpoint, cloneState, restoreTasks, saveTasks } from './checkpoint.js';
import { type Ctx, type Platform, SUSPEND, type TaskRuntime, emit, panic, traced } from './ctx.js';
import { loadFiles } from './fs.js';
import { type CostParams, DEFAULT_PARAMS } from './params.js';
import { POLICIES } from './policies/index.js';
import type { PolicyName } from './policies/policy.js';
import { INIT_PID, addProc, addTask, allocPid, exitTask } from './proc.js';
import type { AddressSpace, Buffering, Loader, SpaceSnapshot } from './program.js';
import { expire, runOn, schedule } from './sched.js';
import { allTasks, initialState, procOf, taskAt } from './state.js';
import { QUIET_OPS, syscall, timeout } from './handlers.js';
import { ring } from './signal.js';
import type { Image } from './syscalls.js';
import { waitstatusToExitcode, wstatusSignaled } from './syscalls.js';
import { MS, S } from './time.js';
import { heapPop } from './persistent.js';
import type { OutputSink, TraceEvent, TraceSink, Write } from './trace.js';
import { EXIT_INTERRUPTED, EXIT_STUCK, type KernelState, type Ns, type Pid, type RunEnd } from './types.js';

export interface KernelOptions {
  /** Number of CPUs (default 4, the documents' machine). */
  cpus?: number;
  policy?: PolicyName;
  /** Time slice for rr, priority, lottery, and the base of mlfq's (default 10ms). */
  quantum?: Ns;
  /** Cost parameters over the defaults (read once per record, as `files` is: pass a new record, not a changed one). */
  params?: Partial<CostParams>;
  /** How programs' standard streams are buffered (program.ts Buffering; default 'print'). */
  buffering?: Buffering;
  /** Seeds every decision the Chooser makes, and windows-style pids (default 1). */
  seed?: number | string;
  /** A schedule string to replay instead of seeded decisions (a `free:` one switches to free mode); past its end every choice is 0. */
  schedule?: string;
  /** A chooser to use instead (exploration); wins over seed and schedule. */
  chooser?: Chooser;
  /**
   * 'timed' (default): the cost model's timing decides; 'free': every order of the tasks'
   * events is possible (each runnable task has its own CPU, no time slices, no timer
   * jitter, --policy does not matter) and the Chooser picks the next event at every step.
   * Programs still see `cpus` CPUs. Default: the schedule's mode, else 'timed'.
   */
  mode?: ScheduleMode;
  /** Receives every step's footprint (exploration); default none, at no cost. */
  footprint?: Footprint;
  /** Keep every past state through immer (default false: it costs ~1 KB and ~12 µs per event). */
  history?: boolean;
  /** With history: deep-freeze every past state, so that any edit of history throws (tests). */
  freeze?: boolean;
  /** Record trace events (default true). */
  tracing?: boolean;
  /**
   * Record only the schedule string of the run's decisions, not each decision's kind and
   * candidates (default false): what a long command-line run needs, at a byte or less
   * per decision instead of ~25. The recorder's decision queries and checkpoints are
   * then unavailable.
   */
  scheduleOnly?: boolean;
  /**
   * Keep each decision (default true). False: only their number — for a chooser that
   * keeps them itself (the stepping UI's tape), so that a long run does not hold them
   * twice (a million-event run: 27 MB). `schedule()` is then unavailable; checkpoints work.
   * 'choices': only each decision's answer — for a chooser that records the candidates
   * itself (the explorer's); `recorder.choices` and `schedule()` work.
   */
  keepDecisions?: boolean | 'choices';
  /** Where trace events go when tracing (default: an array, `kernel.trace`). */
  traceSink?: TraceSink;
  /** Where the terminal's writes go (default: an array, `kernel.output`). */
  outputSink?: OutputSink;
  /** End the run after this many steps (default 5,000,000). */
  maxSteps?: number;
  /** End the run at this virtual time (default 60s). */
  maxTime?: Ns;
  platform?: Platform;
  /** What the programs read from the terminal. */
  stdin?: string;
  /**
   * Files to preload into the virtual file system: absolute path → text. Read once per
   * record (machines booted with the same record share its preparation): pass a new
   * record, not a changed one.
   */
  files?: Record<string, string>;
  /** The simulated network (default: no hosts; every name fails to resolve after 400ms). */
  network?: Ctx['network'];
  loader: Loader;
  /** The main program. */
  main: Image;
  /** Name of the main process (default: the image's label). */
  name?: string;
}

/**
 * The settings a run used, every default filled in: what reports, replay commands and the
 * JSON document show, and what a re-run needs to reproduce it.
 */
export interface RunSettings {
  readonly cpus: number;
  readonly policy: PolicyName;
  readonly quantum: Ns;
  readonly params: CostParams;
  readonly seed: number | string;
  readonly schedule: string | null;
  readonly mode: ScheduleMode;
  readonly maxSteps: number;
  readonly maxTime: Ns;
  readonly platform: Platform;
}

export const DEFAULTS = {
  cpus: 4,
  policy: 'rr' as PolicyName,
  quantum: 10 * MS,
  seed: 1 as number | string,
  maxSteps: 5_000_000,
  maxTime: 60 * S,
  platform: 'linux' as Platform,
};

/** The first pid handed out on linux-like platforms (init is 1; the shell takes this one). */
export const FIRST_PID = 1000;

const NO_FILES: Record<string, string> = {};
/** The default network (read only: handlers look hosts up), shared by every machine. */
const NO_NETWORK: Ctx['network'] = Object.freeze({ hosts: Object.freeze({}), dnsFailure: 400 * MS });

/** The cost parameters of a machine, made once per options record (an explorer boots a machine for every run); frozen, as they are shared. */
const paramsMade = new WeakMap<Partial<CostParams>, CostParams>();
/** The last record asked for and its parameters: an explorer boots its machines with one record (a WeakMap lookup per boot showed). */
let lastGiven: Partial<CostParams> | null = null;
let lastMade: CostParams = DEFAULT_PARAMS;
function paramsOf(given: Partial<CostParams> | undefined): CostParams {
  if (given === undefined) return DEFAULT_PARAMS;
  if (given === lastGiven) return lastMade;
  let p = paramsMade.get(given);
  if (p === undefined) paramsMade.set(given, (p = Object.freeze({ ...DEFAULT_PARAMS, ...given })));
  lastGiven = given;
  lastMade = p;
  return p;
}

const immer = new Immer({ autoFreeze: false });
const freezing = new Immer({ autoFreeze: true });

export class Kernel {
  state: KernelState;
  /** The state after each step (index 0: after boot), when history is kept. */
  readonly history: KernelState[] | null;
  /** The index of the first trace event of each step (parallel to `history`). */
  readonly stepStarts: number[] = [0];
  readonly ctx: Ctx;
  readonly recorder: RecordingChooser;
  /** The chooser replaying --schedule, when there is one (it says whether the schedule ran out). */
  readonly replayer: ReplayChooser | null;
  readonly mainPid: Pid;
  readonly shellPid: Pid;
  readonly settings: RunSettings;
  /** What the programs read from the terminal. */
  readonly stdin: string;
  /** Whether trace events are recorded. */
  readonly tracing: boolean;
  private steps = 0;
  private readonly immer: Immer;
  /** Only windows-style pids draw from it: made on first use (every exploration run boots a kernel). */
  private pidPrng: seedrandom.StatefulPRNG<seedrandom.State.Alea> | null = null;

  constructor(opts: KernelOptions) {
    const cpus = opts.cpus ?? DEFAULTS.cpus;
    const seed = opts.seed ?? DEFAULTS.seed;
    const params = paramsOf(opts.params);
    const replay = opts.schedule !== undefined ? parseScheduleRuns(opts.schedule) : null;
    if (replay && opts.mode !== undefined && opts.mode !== replay.mode) {
      throw new ScheduleError(`the schedule is a ${replay.mode}-mode schedule, but the run is in ${opts.mode} mode`);
    }
    const mode = opts.mode ?? replay?.mode ?? 'timed';
    // Free mode: no time slices and a CPU for every runnable task, so the policy has nothing to decide.
    const policy = POLICIES[mode === 'free' ? 'fifo' : (opts.policy ?? DEFAULTS.policy)];
    // Past the end of a replayed schedule every choice is 0 (the cost model's earliest event): one rule for both modes.
    this.replayer = replay && !opts.chooser ? new ReplayChooser(replay.runs) : null;
    this.recorder = new RecordingChooser(opts.chooser ?? this.replayer ?? new SeededChooser(seed), opts.keepDecisions === false ? 'count' : opts.keepDecisions === 'choices' ? 'choices' : opts.scheduleOnly === true);
    const platform = opts.platform ?? DEFAULTS.platform;
    this.settings = {
      cpus,
      policy: opts.policy ?? DEFAULTS.policy,
      quantum: opts.quantum ?? DEFAULTS.quantum,
      params,
      seed,
      schedule: opts.schedule ?? null,
      mode,
      maxSteps: opts.maxSteps ?? DEFAULTS.maxSteps,
      maxTime: opts.maxTime ?? DEFAULTS.maxTime,
      platform,
    };
    this.stdin = opts.stdin ?? '';
    this.tracing = opts.tracing ?? true;
    this.ctx = {
      params,
      chooser: this.recorder,
      candidates: new Candidates(),
      mode,
      cpus,
      fp: opts.footprint ?? null,
      policy,
      quantum: this.settings.quantum,
      platform,
      buffering: opts.buffering ?? 'print',
      loader: opts.loader,
      stdin: this.stdin,
      seed,
      network: opts.network ?? NO_NETWORK,
      maxTime: this.settings.maxTime,
      pidRandom: () => this.pids()(),
      rt: [] as TaskRuntime[],
      trace: opts.traceSink ?? ([] as TraceEvent[]),
      output: opts.outputSink ?? ([] as Write[]),
      tracing: this.tracing,
      counts: { events: 0 },
      running: { tid: -1 },
    };
    // Free mode starts with one CPU and adds one whenever a task is ready and none is idle (schedule()).
    // Windows-style pids are multiples of 4 (proc.ts allocPid): the pid index steps by 4.
    const s = initialState(mode === 'free' ? 1 : cpus, policy.levels, FIRST_PID, platform === 'windows' ? 2 : 0);
    loadFiles(s.fs, opts.files ?? NO_FILES);
    const k = this.ctx;
    addProc(s, { pid: INIT_PID, ppid: 0, name: 'init', image: 'init', origin: 'init', stdio: ['null', 'null', 'null'] });
    this.shellPid = allocPid(k, s);
    addProc(s, { pid: this.shellPid, ppid: INIT_PID, name: 'sh', image: 'sh', origin: 'init', stdio: ['tty', 'tty', 'tty'], pgid: this.shellPid, sid: this.shellPid });
    this.mainPid = allocPid(k, s);
    const main = addProc(s, {
      pid: this.mainPid,
      ppid: this.shellPid,
      name: opts.name ?? opts.main.label,
      image: opts.main.label,
      origin: 'main',
      stdio: ['tty', 'tty', 'tty'],
      // A job-control shell puts the program in a process group of its own, in the shell's session.
      pgid: this.mainPid,
    });
    if (traced(k)) emit(k, s, -1, this.shellPid, -1, { kind: 'create', how: 'main', child: main.pid, childTid: 0, name: main.name, image: main.image });
    const space = opts.loader(opts.main, { pid: main.pid, tid: 0, ppid: this.shellPid, platform, cpus, seed, params, buffering: this.ctx.buffering });
    if (space === null) panic(`the main program '${opts.main.label}' does not exist`);
    addTask(k, s, main, space, undefined, 0);
    schedule(k, s);
    this.state = s;
    this.history = opts.history === true ? [s] : null;
    this.immer = opts.freeze === true ? freezing : immer;
    if (opts.freeze === true) freeze(s, true);
  }

  /** The windows pid generator, made on first use (seeded from the run's seed). */
  private pids(): seedrandom.StatefulPRNG<seedrandom.State.Alea> {
    return (this.pidPrng ??= seedrandom.alea(`${this.settings.seed}/pid`, { state: true }));
  }

  /** Performs one event. Returns false once the run has ended. */
  step(): boolean {
    if (this.state.end) return false;
    const k = this.ctx;
    const next: Next =
      this.steps++ >= this.settings.maxSteps
        ? { kind: 'budget', what: 'steps', timers: undefined }
        : k.mode === 'free'
          ? selectFree(k, this.state)
          : select(k, this.state);
    // Without history the step edits the state in place: no recipe closure (an explorer steps millions of times).
    if (this.history) this.apply((s) => perform(k, s, next, this.mainPid));
    else perform(k, this.state, next, this.mainPid);
    return this.state.end === null;
  }

  /** Runs a transition: through immer when history is kept, in place otherwise. */
  private apply(recipe: (s: KernelState) => void): void {
    if (this.history) {
      const start = this.ctx.trace.length;
      this.state = this.immer.produce(this.state, recipe);
      this.history.push(this.state);
      this.stepStarts.push(start);
    } else {
      recipe(this.state);
    }
  }

  /**
   * Ends the run where it stands, as Ctrl-C does: the state is the one after the last
   * step, and the trace ends with an `interrupted` end. A run with `--max-steps` set to
   * `stepCount` reaches the same state.
   */
  interrupt(): RunEnd {
    if (!this.state.end) this.apply((s) => finish(this.ctx, s, this.mainPid, { kind: 'interrupted', status: EXIT_INTERRUPTED }));
    return this.state.end!;
  }

  /** The task whose program the host is running now, if a step is under way inside a program. */
  get runningTask(): { pid: Pid; tid: number; where: string } | null {
    const tid = this.ctx.running.tid;
    if (tid < 0) return null;
    const task = taskAt(this.state, tid);
    return { pid: task.pid, tid, where: this.ctx.rt[tid]!.space.where(tid) };
  }

  /** Runs to the end: done, deadlock, or an exhausted budget. */
  run(): RunEnd {
    while (this.step());
    return this.state.end!;
  }

  /** The run's schedule so far, as a printable string that replays it (free mode's with its marker). */
  schedule(): string {
    return (this.ctx.mode === 'free' ? FREE_MARK : '') + this.recorder.schedule();
  }

  /** Events that happened so far (recorded in the trace or not). */
  get events(): number {
    return this.ctx.counts.events;
  }

  /** Every trace event so far (empty when tracing is off or events went to another sink). */
  get trace(): readonly TraceEvent[] {
    return Array.isArray(this.ctx.trace) ? this.ctx.trace : [];
  }

  /** Every write to the terminal so far (empty when writes went to another sink). */
  get output(): readonly Write[] {
    return Array.isArray(this.ctx.output) ? this.ctx.output : [];
  }

  /**
   * Turns the recording of trace events off or on from now on (a machine re-executing
   * steps whose events are already known skips making them: time travel).
   */
  setTracing(on: boolean): void {
    this.ctx.tracing = on && this.tracing;
  }

  /** Steps performed so far (one under way included, when a watchdog stopped it). */
  get stepCount(): number {
    return this.steps;
  }

  /**
   * The whole machine as it is now (see checkpoint.ts). Needs history off, a chooser
   * that can save its position, and address spaces that can snapshot themselves. Given
   * an earlier checkpoint, the new one shares with it every part of the state that did
   * not change (checkpoint.ts, cloneState).
   */
  checkpoint(like?: Checkpoint): Checkpoint {
    return this.checkpointIfAble(like) ?? panic('checkpoint of a machine whose programs cannot snapshot themselves now');
  }

  /** A checkpoint, or null when a program cannot snapshot itself now (a native frame it cannot re-create is on a stack). */
  checkpointIfAble(like?: Checkpoint): Checkpoint | null {
    if (this.history) panic('checkpoint of a run that keeps its history (it needs none)');
    // Every space's snapshot first (threads share their process's): none is taken when one cannot be.
    const snaps = new Map<AddressSpace, SpaceSnapshot>();
    for (const { space } of this.ctx.rt) {
      if (snaps.has(space)) continue;
      const snap = space.snapshot?.() ?? null;
      if (snap === null) return null;
      snaps.set(space, snap);
    }
    const tasks = saveTasks(this.ctx.rt, (space) => snaps.get(space)!);
    return {
      step: this.steps,
      events: this.ctx.counts.events,
      state: cloneState(this.state, like?.state),
      tasks,
      chooser: this.recorder.save(),
      pids: this.pids().state(),
    };
  }

  /**
   * Puts the machine back to a checkpoint taken from it (or from a machine built with
   * the same options): stepping on repeats what happened after it. Trace events and
   * writes made after it are the sinks' business (they only grow).
   */
  restore(cp: Checkpoint): void {
    if (this.history) panic('restore of a run that keeps its history');
    this.state = cloneState(cp.state);
    this.steps = cp.step;
    this.ctx.counts.events = cp.events;
    const rt = restoreTasks(cp.tasks);
    this.ctx.rt.length = 0;
    for (const r of rt) this.ctx.rt.push(r);
    this.recorder.load(cp.chooser);
    this.pidPrng = seedrandom.alea('', { state: cp.pids as seedrandom.State.Alea });
    // A run abandoned inside a program's step (an explorer's) may have left this set.
    this.ctx.running.tid = -1;
  }

  /** The state right after trace event `i` happened (needs history). */
  stateAfterEvent(i: number): KernelState {
    if (!this.history) panic('stateAfterEvent on a run that keeps no history');
    // The step that emitted event i is the last one starting at or before it.
    let lo = 0;
    let hi = this.stepStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.stepStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.history[lo]!;
  }
}

/** Performs the selected event on a state draft (or on the plain state), then fills idle CPUs. */
export function perform(k: Ctx, s: KernelState, next: Next, mainPid: Pid): void {
  if (next.timers !== undefined) s.timers = next.timers;
  switch (next.kind) {
    case 'cpu': {
      catchUp(s, next.at);
      s.clock = Math.max(s.clock, next.at);
      const cpu = s.cpus[next.cpu]!;
      cpu.at = s.clock;
      k.fp?.step(cpu.task);
      if (next.first >= 0) reorder(k, s, cpu.id, cpu.task, next.first, next.early);
      cpuEvent(k, s, cpu);
      break;
    }
    case 'timer': {
      catchUp(s, next.at);
      s.clock = Math.max(s.clock, next.at);
      if (next.pop) s.timers = heapPop(s.timers!);
      k.fp?.step(next.tid);
      if (next.first >= 0) reorder(k, s, -1, next.tid, next.first, next.early);
      if (next.alarm) ring(k, s, taskAt(s, next.tid));
      else timeout(k, s, taskAt(s, next.tid));
      break;
    }
    case 'finish':
      finish(k, s, mainPid, null);
      return;
    case 'budget':
      if (next.what === 'time') {
        catchUp(s, k.maxTime);
        s.clock = Math.max(s.clock, k.maxTime);
      }
      finish(k, s, mainPid, { kind: 'budget', status: EXIT_STUCK, what: next.what });
      return;
  }
  schedule(k, s);
}

/** Marks a free-mode step that ran a later event before an earlier one. */
function reorder(k: Ctx, s: KernelState, cpu: number, tid: number, first: number, early: Ns): void {
  if (traced(k)) emit(k, s, cpu, taskAt(s, tid).pid, tid, { kind: 'reorder', before: taskAt(s, first).pid, beforeTid: first, early });
}

/** The task on `cpu` reached its pending event. */
function cpuEvent(k: Ctx, s: KernelState, cpu: KernelState['cpus'][number]): void {
  switch (cpu.pending) {
    case 'syscall': {
      const task = taskAt(s, cpu.task);
      const rt = k.rt[task.tid]!;
      const call = rt.call!;
      // Quiet calls only read; a write has its own event. Both count as events without a trace line.
      if (k.tracing && !QUIET_OPS.has(call.op) && call.op !== 'write') emit(k, s, cpu.id, task.pid, task.tid, { kind: 'syscall', call });
      else k.counts.events++;
      const result = syscall(k, s, task, call);
      if (result === SUSPEND) return;
      rt.call = null;
      rt.resume = result;
      runOn(k, s, cpu, task);
      return;
    }
    case 'slice':
      expire(k, s, cpu);
      return;
    case 'chunk':
      runOn(k, s, cpu, taskAt(s, cpu.task));
      return;
    case 'signal': {
      const task = taskAt(s, cpu.task);
      exitTask(k, s, task, wstatusSignaled(task.killed), { by: 'signal', sig: task.killed });
      return;
    }
    case 'none':
      return;
  }
}

/** Ends the run. With no reason given, decides between done and deadlock. */
function finish(k: Ctx, s: KernelState, mainPid: Pid, end: RunEnd | null): void {
  const main = procOf(s, mainPid);
  if (end === null) {
    const blocked = allTasks(s).some((t) => t.state.tag === 'blocked');
    const code = main.status === 'alive' ? EXIT_STUCK : exitCode(main.wstatus);
    end = blocked ? { kind: 'deadlock', status: EXIT_STUCK } : { kind: 'done', status: code };
  }
  s.end = end;
  emit(k, s, -1, -1, -1, { kind: 'end', end });
}

/** The status a shell reports for a process: its exit code, or 128 + the signal. */
export function exitCode(wstatus: number): number {
  const c = waitstatusToExitcode(wstatus);
  return c < 0 ? 128 - c : c;
}
