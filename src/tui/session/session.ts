/**
 * A session: one run of a scenario that can be looked at at any step, forward and
 * backward, and re-run with a scheduling decision taken over. The TUI reads the run
 * only through this object; the kernel and the VM know nothing of it.
 *
 * How time travel works (see DESIGN.md, "Time travel"): the first run records the trace,
 * the writes, every program's log (record.ts) and a checkpoint of the machine every
 * `checkpointEvery` steps. Seeking restores the nearest checkpoint at or before the
 * target and re-executes the kernel from there with ghost programs that answer from
 * their logs, so a jump costs at most `checkpointEvery` kernel steps whatever the
 * programs compute. A program's own state (its variables) is rebuilt only when someone
 * looks at it (materialize.ts).
 */
import { Kernel } from '../../kernel/kernel.js';
import type { Checkpoint } from '../../kernel/checkpoint.js';
import { panic } from '../../kernel/panic.js';
import type { AddressSpace, LoadContext, Loader, ProgramView } from '../../kernel/program.js';
import type { Image } from '../../kernel/syscalls.js';
import { taskAt, findProc } from '../../kernel/state.js';
import type { TraceEvent, Write } from '../../kernel/trace.js';
import type { EventLog } from './eventlog.js';
import type { KernelState, Ns, Pid } from '../../kernel/types.js';
import type { ChoiceKind } from '../../kernel/chooser.js';
import { formatSchedule } from '../../kernel/chooser.js';
import type { Scenario } from '../../scenario/load.js';
import type { RunOptions } from '../../scenario/options.js';
import { mergeOptions } from '../../scenario/options.js';
import { boot, replayCommand } from '../../scenario/simulate.js';
import { GhostSpace, RecordingSpace, SpaceRecord } from './record.js';
import { Recording } from './recording.js';
import { TapeChooser, runChooser } from './tape.js';
import { Materializer } from './materialize.js';

/**
 * Distances before the current position at which prepareBack (when the UI is idle)
 * leaves scratch checkpoints: a ladder, so that stepping back from there (the common
 * move after a jump) re-executes at most a few dozen steps, then a hundred or so.
 */
const RUNGS = [16, 128] as const;
/** Scratch checkpoints kept at most (the oldest go first). */
const MAX_SCRATCH = 6;

export interface SessionSettings {
  /** Steps between two checkpoints to begin with (default 250); the spacing doubles whenever there are more than `maxCheckpoints`. */
  checkpointEvery?: number;
  /** Checkpoints kept at most (default 128): bounds their memory on long runs (a million events: about 125 of 0.3 MB, every 4,000 steps). */
  maxCheckpoints?: number;
  /**
   * Record the run bit by bit (recordSome) instead of whole in the constructor: the
   * split view shows a run that takes seconds to record as it advances. Until it is
   * recorded, the session shows the machine where recording got to and cannot seek.
   */
  deferred?: boolean;
}

/** One decision the kernel made, and the options it had. */
export interface Decision {
  /** Its index in the run's schedule. */
  index: number;
  kind: ChoiceKind;
  options: number;
  chosen: number;
  /** The task each option stands for (see Chooser.choose). */
  candidates: number[];
}

/** The programs a loader loads, reporting where they are (the process table's WHERE, the Source pane, line breakpoints). */
const tracking =
  (loader: Loader): Loader =>
  (image, ctx) => {
    const space = loader(image, ctx);
    space?.trackWhere?.();
    return space;
  };

export class Session {
  readonly kernel: Kernel;
  private rec: Recording;
  private readonly tape: TapeChooser;
  private readonly freshChooser: ReturnType<typeof runChooser>;
  /** Kernel steps performed by the machine as it is now. */
  private pos = 0;
  /** True while the machine runs real programs (the first run, a new branch): logs and the trace grow. */
  private live = true;
  private every: number;
  private readonly maxCheckpoints: number;
  private readonly materializer: Materializer;
  /** Counts pushes while re-executing (their events are already recorded). */
  private skipped = 0;
  /** A checkpoint taken near the last long seek's target, so that stepping back from there is short. */
  private scratch: { rec: Recording; cp: Checkpoint }[] = [];

  constructor(
    readonly scenario: Scenario,
    readonly options: RunOptions,
    settings: SessionSettings = {},
  ) {
    this.every = settings.checkpointEvery ?? 250;
    this.maxCheckpoints = Math.max(2, settings.maxCheckpoints ?? 128);
    const o = mergeOptions(scenario.options, options);
    this.freshChooser = runChooser(o.seed ?? 1, o.schedule);
    this.tape = new TapeChooser(this.freshChooser());
    this.rec = new Recording(null, 0);
    this.rec.tape = this.tape.tape;
    this.materializer = new Materializer(scenario.loader, tracking(scenario.loader), (pid) => this.rec.records.get(pid) ?? null);
    const traceSink = {
      push: (e: TraceEvent) => (this.live ? this.rec.trace.push(e) : this.skipped++),
      get length() {
        return 0;
      },
    };
    const outputSink = { push: (w: Write) => (this.live ? this.rec.output.push(w) : this.skipped++) };
    const wrapped: Scenario = { ...scenario, loader: (image, ctx) => this.load(image, ctx) };
    // The tape keeps every decision: the kernel need not keep them too.
    this.kernel = boot(wrapped, options, { chooser: this.tape, traceSink, outputSink, keepDecisions: false });
    this.note();
    this.rec.checkpoints.push(this.kernel.checkpoint());
    if (settings.deferred) this.kernel.setTracing(true);
    else this.runToEnd();
  }

  // ---- recording ----

  /** The loader the machine sees: real programs, logged, while live; ghosts of them while re-executing. */
  private load(image: Image, ctx: LoadContext): AddressSpace | null {
    if (!this.live) {
      const r = this.rec.records.get(ctx.pid);
      if (r === undefined) panic(`re-execution loaded pid ${ctx.pid}, which the recorded run never loaded`);
      return r === null ? null : new GhostSpace(ctx.pid, 0, this.records);
    }
    const real = tracking(this.scenario.loader)(image, ctx);
    if (real === null) {
      this.rec.records.set(ctx.pid, null);
      return null;
    }
    const record = new SpaceRecord(ctx.pid, { kind: 'load', image, ctx }, real.gil, this.stepNow(), real.signals, real.refcounted);
    this.rec.records.set(ctx.pid, record);
    return this.wrap(record, real);
  }

  private readonly records = (pid: Pid): SpaceRecord => {
    const r = this.rec.records.get(pid);
    if (!r) panic(`no recorded program for pid ${pid}`);
    return r;
  };

  private stepNow(): number {
    // During the kernel's constructor (boot) there is no kernel yet: that is step 0.
    return (this.kernel as Kernel | undefined)?.stepCount ?? 0;
  }

  private wrap(record: SpaceRecord, real: AddressSpace): RecordingSpace {
    return new RecordingSpace(record, real, () => this.stepNow(), this.records, (r) => this.rec.records.set(r.pid, r));
  }

  /** Notes where position `pos` ends in every log. */
  private note(): void {
    const r = this.rec;
    r.eventEnd.push(r.trace.length);
    r.outputEnd.push(r.output.length);
    r.decisionEnd.push(this.tape.tape.length);
    r.clock.push(this.kernel.state.clock);
  }

  /** Runs the live machine to its end, recording. */
  private runToEnd(): void {
    this.live = true;
    this.kernel.setTracing(true);
    this.recordSome(Infinity);
  }

  /**
   * Records up to `steps` more steps of the live machine (a deferred session's run, bit
   * by bit); true once the run is recorded to its end (the session can seek from then on).
   */
  recordSome(steps: number): boolean {
    if (!this.live) return true;
    for (let i = 0; i < steps && this.kernel.state.end === null; i++) {
      this.kernel.step();
      this.pos++;
      this.note();
      if (this.pos % this.every === 0 && this.kernel.state.end === null) {
        const cps = this.rec.checkpoints;
        cps.push(this.kernel.checkpoint(cps[cps.length - 1]));
        if (this.rec.checkpoints.length > this.maxCheckpoints) this.thin();
      }
    }
    if (this.kernel.state.end === null) return false;
    this.live = false;
    this.kernel.setTracing(false);
    return true;
  }

  /** Whether the run is recorded to its end (a deferred session's is not until recordSome says so). */
  get recorded(): boolean {
    return !this.live;
  }

  /**
   * Too many checkpoints: keep every other one (by step, so spacing stays even) and take
   * them twice as far apart from now on. Memory stays bounded; a seek re-executes at most
   * the spacing. Checkpoints a branch shares with the run it left are kept.
   */
  private thin(): void {
    this.every *= 2;
    const cps = this.rec.checkpoints;
    const kept = cps.filter((cp) => cp.step % this.every === 0 || cp.step < this.rec.forkStep);
    cps.length = 0;
    for (const cp of kept) cps.push(cp);
  }

  // ---- where we are ----

  get position(): number {
    return this.pos;
  }

  /** The last position: the run's end. */
  get end(): number {
    return this.rec.end;
  }

  /** The kernel state at the current position (read it before the next move). */
  get state(): KernelState {
    return this.kernel.state;
  }

  /** The run's trace events (all of them: up to the current position are the first `eventsDone`). */
  get trace(): EventLog {
    return this.rec.trace;
  }

  get output(): readonly Write[] {
    return this.rec.output;
  }

  /** Trace events that happened up to the current position. */
  get eventsDone(): number {
    return this.rec.eventsAt(this.pos);
  }

  /** Trace events of the step that led to the current position: [from, to). */
  get currentEvents(): [number, number] {
    return [this.pos === 0 ? 0 : this.rec.eventsAt(this.pos - 1), this.rec.eventsAt(this.pos)];
  }

  /** Writes made up to the current position. */
  get writesDone(): number {
    return this.rec.writesAt(this.pos);
  }

  get clock(): Ns {
    return this.rec.clockAt(this.pos);
  }

  /** Virtual time at a position. */
  clockAt(p: number): Ns {
    return this.rec.clockAt(Math.max(0, Math.min(p, this.end)));
  }

  get mainPid(): Pid {
    return this.kernel.mainPid;
  }

  get settings(): Kernel['settings'] {
    return this.kernel.settings;
  }

  /** The schedule string of the run up to the current position. */
  scheduleSoFar(): string {
    return formatSchedule(this.kernel.ctx.mode, this.rec.tape.choices(0, this.rec.decisionsAt(this.pos)));
  }

  /** The end of scheduleSoFar() in at most `room` characters ('…' first when cut), without encoding the whole run. */
  scheduleTail(room: number): string {
    const n = this.rec.decisionsAt(this.pos);
    const from = Math.max(0, n - room * 4);
    const text = formatSchedule(this.kernel.ctx.mode, this.rec.tape.choices(from, n));
    if (from === 0 && text.length <= room) return text;
    return `…${text.slice(text.length - room + 1)}`;
  }

  /** The schedule string of the whole run (the current branch): `--schedule` replays it exactly. */
  schedule(): string {
    return formatSchedule(this.kernel.ctx.mode, this.rec.tape.choices());
  }

  /** The command that replays the current branch of the run. */
  replayCommand(): string {
    return replayCommand(this.scenario, { ...this.options, schedule: this.schedule() });
  }

  /** Whether the current branch left the first run (a decision was taken over). */
  get branched(): boolean {
    return this.rec.parent !== null;
  }

  /** The first step of the current branch (0: the first run). */
  get branchStep(): number {
    return this.rec.forkStep;
  }

  // ---- moving in time ----

  /** Moves to position p (clamped to the run). */
  seek(p: number): void {
    if (this.live) panic('seek in a run that is still being recorded');
    p = Math.max(0, Math.min(Math.round(p), this.end));
    let restore = false;
    while (p < this.rec.forkStep && this.rec.parent !== null) {
      // Back past a decision taken over: the run as it was before.
      this.rec = this.rec.parent;
      this.tape.tape = this.rec.tape;
      restore = true;
    }
    if (!restore && p === this.pos) return;
    if (restore || p < this.pos || p - this.pos > this.every) {
      this.restoreFor(p);
    }
    this.replayTo(p, false);
  }

  /**
   * Makes the next step back short: when the last restore point before the current
   * position is more than a rung away, re-executes up to here again from it, leaving the
   * ladder of scratch checkpoints behind. The UI calls it when idle (after a frame is
   * drawn), so a jump pays only for itself and the back-step after it finds a rung near.
   */
  prepareBack(): void {
    const p = this.pos;
    if (this.live || p === 0 || p - 1 - this.restorePoint(p - 1).step <= RUNGS[0]) return;
    this.restoreFor(p - 1);
    this.replayTo(p, true);
  }

  /** The latest checkpoint (kept or scratch) at or before p. */
  private restorePoint(p: number): Checkpoint {
    let cp = this.rec.checkpointFor(p);
    for (const sc of this.scratch) if (sc.rec === this.rec && sc.cp.step <= p && sc.cp.step > cp.step) cp = sc.cp;
    return cp;
  }

  private restoreFor(p: number): void {
    const cp = this.restorePoint(p);
    this.kernel.restore(cp);
    this.pos = cp.step;
  }

  /**
   * Re-executes up to p; with `rungs`, leaves the ladder's rungs short of it where it
   * passes them. A jump lays none (each is a copy of the whole state: on the
   * 1,000-process run two of them cost as much as the rest of the jump, and their garbage
   * brings the collector in); prepareBack lays them when the UI is idle.
   */
  private replayTo(p: number, rungs: boolean): void {
    const marks = rungs ? RUNGS.map((d) => p - d).filter((m) => m > this.pos && !this.scratch.some((sc) => sc.rec === this.rec && sc.cp.step === m)) : [];
    while (this.pos < p) {
      if (marks.includes(this.pos)) {
        this.scratch.push({ rec: this.rec, cp: this.kernel.checkpoint() });
        if (this.scratch.length > MAX_SCRATCH) this.scratch.shift();
      }
      this.kernel.step();
      this.pos++;
    }
  }

  /** The position of the step that emitted trace event i. */
  stepOfEvent(i: number): number {
    return this.rec.stepOfEvent(i);
  }

  /** The last position at or before virtual time t. */
  stepAtTime(t: Ns): number {
    return this.rec.stepAtTime(t);
  }

  /** Trace index where position p's events end. */
  eventEndAt(p: number): number {
    return this.rec.eventsAt(Math.max(0, Math.min(p, this.end)));
  }

  // ---- looking inside programs ----

  /** Task `tid`'s program at the current position (null: nothing to show, e.g. it has exited). */
  program(pid: Pid): ProgramView | null {
    const proc = findProc(this.kernel.state, pid);
    if (!proc || proc.tasks.length === 0) return null;
    const tid = proc.tasks[0]!;
    const st = taskAt(this.kernel.state, tid).state.tag;
    if (st === 'zombie' || st === 'exited') return null;
    return this.materializer.inspect(pid, tid, this.pos);
  }

  /**
   * Where process `pid` is at the current position ('file:line', or ''): what its program
   * last reported; for a program that has finished (it is about to exit), the last line
   * it was on.
   */
  location(pid: Pid): string {
    const proc = findProc(this.kernel.state, pid);
    if (!proc || proc.tasks.length === 0) return '';
    const task = taskAt(this.kernel.state, proc.tasks[0]!);
    if (task.loc !== '') return task.loc;
    const r = this.rec.records.get(pid);
    if (!r) return '';
    const log = r.log;
    for (let i = log.lastAt(this.pos), n = 0; i >= 0 && n < 64; i--, n++) if (log.tid(i) === task.tid && log.loc(i) !== '') return log.loc(i);
    return '';
  }

  /** Positions (sorted) at which some process's program stopped at a location `hit` accepts ('file:line'), with that process. */
  stepsAt(hit: (loc: string) => boolean): { step: number; pid: Pid; loc: string }[] {
    const out: { step: number; pid: Pid; loc: string }[] = [];
    for (const [pid, r] of this.rec.records) {
      if (r === null) continue;
      const log = r.log;
      for (let i = 0; i < log.length; i++) if (log.op(i) === 'run' && hit(log.loc(i))) out.push({ step: log.step(i), pid, loc: log.loc(i) });
    }
    return out.sort((a, b) => a.step - b.step || a.pid - b.pid);
  }

  /** The position after the write with index i (writes are the output's entries). */
  stepOfWrite(i: number): number {
    return this.rec.stepOfWrite(i);
  }

  // ---- being the scheduler ----

  /** The decisions the kernel makes in the next step (from the current position). */
  nextDecisions(): Decision[] {
    if (this.pos >= this.end) return [];
    return this.decisionsBetween(this.rec.decisionsAt(this.pos), this.rec.decisionsAt(this.pos + 1));
  }

  /** The first position from the current one whose next step makes a decision, or null. */
  nextDecisionStep(): number | null {
    const made = this.rec.decisionsAt(this.pos);
    const last = this.rec.decisionsAt(this.end);
    if (made === last) return null;
    // decisionEnd never decreases: the last position that has made `made` decisions is the one before the next.
    return this.rec.decisionEnd.lastAtMost(made, this.pos, this.end);
  }

  private decisionsBetween(a: number, b: number): Decision[] {
    const out: Decision[] = [];
    const t = this.tape.tape;
    for (let i = a; i < b; i++) out.push({ index: i, kind: t.kindAt(i), options: t.optionsAt(i), chosen: t.choiceAt(i), candidates: t.candidates(i) });
    return out;
  }

  /**
   * Takes decision `index` (one the next step makes) over: the run re-executes from
   * here with `choice` there and the run's own chooser after it. The current branch
   * becomes the run; stepping back before this step returns to the run as it was.
   */
  choose(index: number, choice: number): void {
    const decisions = this.nextDecisions();
    const d = decisions.find((x) => x.index === index);
    if (!d) panic(`decision ${index} is not made by the next step`);
    if (choice === d.chosen) return;
    const at = this.pos;
    const branch = this.rec.branchAfter(at);
    // The programs as they are now, real again: the branch runs them.
    const reals = new Map<Pid, AddressSpace>();
    const rt = this.kernel.ctx.rt;
    this.rec = branch;
    for (let tid = 0; tid < rt.length; tid++) {
      const space = rt[tid]!.space;
      if (!(space instanceof GhostSpace) && !(space instanceof RecordingSpace)) continue; // terminated
      const pid = taskAt(this.kernel.state, tid).pid;
      let real = reals.get(pid);
      if (real === undefined) {
        const record = this.records(pid);
        real = this.wrap(record, this.materializer.fresh(pid, at));
        reals.set(pid, real);
      }
      rt[tid]!.space = real;
    }
    branch.tape = this.tape.branch(index, choice, this.freshChooser);
    this.materializer.forget();
    this.runToEnd();
    this.seek(at + 1);
  }
}
