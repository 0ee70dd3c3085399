/**
 * What each process's program did, as the kernel saw it: every call the kernel made on
 * its address space, with the answer. Programs are deterministic, so this log is enough
 *  - to re-execute the kernel without running any program (a GhostSpace answers from
 *    the log: seeking costs kernel steps only, whatever the programs compute), and
 *  - to rebuild a program's real state at any step, when someone looks inside it
 *    (materialize.ts: its genesis, then the logged calls replayed).
 */
import { panic } from '../../kernel/panic.js';
import type { AddressSpace, LoadContext, RunResult, SpaceSnapshot } from '../../kernel/program.js';
import type { Image, Syscall } from '../../kernel/syscalls.js';
import type { Pid, Tid } from '../../kernel/types.js';
import { type MemoryNote, type Op, SpaceLog } from './spacelog.js';

export type { Entry } from './spacelog.js';

/** Where a program's state starts: loaded from an image, or forked from its parent at entry `entry` of the parent's log. */
export type Genesis = { kind: 'load'; image: Image; ctx: LoadContext } | { kind: 'fork'; parent: Pid; entry: number };

/** A snapshot of the program taken before log entry `index`: rebuilding from it replays only the entries after. */
export interface Base {
  index: number;
  snapshot: SpaceSnapshot;
}

/**
 * When a program takes its next base: after this much virtual CPU time or this many
 * calls since the last (a base costs a copy of its heap; rebuilding replays the calls after it).
 */
export const BASE_WORK = 2_000_000;
export const BASE_CALLS = 64;

/** One process's program: how it began and every call made on it since. */
export class SpaceRecord {
  log = new SpaceLog();
  readonly bases: Base[] = [];
  /** CPU time it ran, and calls made on it, since its last base. */
  work = 0;
  calls = 0;
  /** The memory its program last said it holds (RunResult.resident): a run's note is logged when it changes. */
  resident: number | undefined = undefined;
  constructor(
    readonly pid: Pid,
    readonly genesis: Genesis,
    /** The program's AddressSpace.gil. */
    readonly gil: boolean | undefined,
    /** The step it was created in. */
    readonly born: number,
    /** The program's AddressSpace.signals. */
    readonly signals?: AddressSpace['signals'],
    /** The program's AddressSpace.refcounted (its forks cost copy-on-write faults: re-execution must charge them too). */
    readonly refcounted?: boolean,
  ) {}

  /** A record of the same program up to step `upTo` (a new branch of the run starts after it). */
  prefix(upTo: number): SpaceRecord {
    const r = new SpaceRecord(this.pid, this.genesis, this.gil, this.born, this.signals, this.refcounted);
    r.log = this.log.prefix(upTo);
    for (const b of this.bases) if (b.index <= r.log.length) r.bases.push(b);
    return r;
  }
}

/** Finds a process's record (the session's current branch of the run). */
export type Records = (pid: Pid) => SpaceRecord;

/** The kernel step being performed (entries are stamped with it). */
export type StepClock = () => number;

/**
 * A real address space whose every call is logged. Its snapshot is a position in the
 * log: restoring it gives a GhostSpace.
 */
export class RecordingSpace implements AddressSpace {
  readonly gil: boolean | undefined;
  readonly signals: AddressSpace['signals'];
  readonly refcounted: boolean | undefined;

  constructor(
    readonly record: SpaceRecord,
    readonly real: AddressSpace,
    private readonly clock: StepClock,
    private readonly records: Records,
    /** Called with each forked child's record. */
    private readonly born: (r: SpaceRecord) => void,
  ) {
    this.gil = real.gil;
    this.signals = real.signals;
    this.refcounted = real.refcounted;
  }

  signal(tid: Tid, sigs: number): void {
    this.real.signal?.(tid, sigs);
    this.record.log.push({ op: 'signal', step: this.clock(), tid, sigs });
  }

  run(tid: Tid, budget: number, resume: unknown, room?: number, share?: number): RunResult {
    const record = this.record;
    // Bases pay off only where a snapshot copies the state (Python's heap), not where it is a replay log (TypeScript).
    if ((record.work >= BASE_WORK || record.calls >= BASE_CALLS) && record.gil === true) {
      const snapshot = this.real.snapshot?.() ?? null;
      if (snapshot !== null) {
        record.bases.push({ index: record.log.length, snapshot });
        record.work = 0;
        record.calls = 0;
      }
    }
    const r = this.real.run(tid, budget, resume, room, share);
    record.work += r.used;
    record.calls++;
    const loc = this.real.where(tid);
    // What the kernel learns of the program's memory, only when it is new (re-execution hands it back: GhostSpace).
    let mem: MemoryNote | undefined;
    if (r.refused !== undefined || (r.resident !== undefined && r.resident !== record.resident)) {
      mem = { resident: r.resident, refused: r.refused, refusedBy: r.refusedBy };
      record.resident = r.resident ?? record.resident;
    }
    this.record.log.push({ op: 'run', step: this.clock(), tid, budget, resume, used: r.used, call: r.call, loc, mem });
    return r;
  }

  where(tid: Tid): string {
    return this.real.where(tid);
  }

  startThread(tid: Tid, entry: number): void {
    this.real.startThread?.(tid, entry);
    this.record.log.push({ op: 'thread', step: this.clock(), tid, entry });
  }

  fork(tid: Tid, childTid: Tid, childPid: Pid): AddressSpace {
    const child = this.real.fork(tid, childTid, childPid);
    const record = new SpaceRecord(childPid, { kind: 'fork', parent: this.record.pid, entry: this.record.log.length }, child.gil, this.clock(), child.signals, child.refcounted);
    this.born(record);
    this.record.log.push({ op: 'fork', step: this.clock(), tid, childTid, childPid });
    return new RecordingSpace(record, child, this.clock, this.records, this.born);
  }

  snapshot(): SpaceSnapshot {
    return ghostSnapshot(this.record.pid, this.record.log.length, this.records);
  }

  inspect(tid: Tid): ReturnType<NonNullable<AddressSpace['inspect']>> {
    return this.real.inspect?.(tid) ?? null;
  }
}

/** A program at a position in its log (small: a checkpoint holds one per live process). */
class GhostSnapshot implements SpaceSnapshot {
  constructor(
    private readonly pid: Pid,
    private readonly cursor: number,
    private readonly records: Records,
  ) {}

  restore(): AddressSpace {
    return new GhostSpace(this.pid, this.cursor, this.records);
  }
}

const ghostSnapshot = (pid: Pid, cursor: number, records: Records): SpaceSnapshot => new GhostSnapshot(pid, cursor, records);

/**
 * An address space that runs nothing: it answers each call with what the real program
 * answered at this point of the run. A call that differs from the logged one means the
 * re-execution left the recorded run — a broken invariant.
 */
export class GhostSpace implements AddressSpace {
  private lastLoc = '';
  readonly gil: boolean | undefined = undefined;
  readonly signals: AddressSpace['signals'];
  readonly refcounted: boolean | undefined;
  private readonly record: SpaceRecord;

  constructor(
    readonly pid: Pid,
    private cursor: number,
    private readonly records: Records,
  ) {
    this.record = records(pid);
    this.gil = this.record.gil;
    this.signals = this.record.signals;
    this.refcounted = this.record.refcounted;
  }

  signal(tid: Tid): void {
    this.next('signal', tid);
  }

  /** The index of the next logged call, which must be `op` by task `tid`. */
  private next(op: Op, tid: Tid): number {
    const log = this.record.log;
    const i = this.cursor++;
    if (i >= log.length || log.op(i) !== op || log.tid(i) !== tid) {
      panic(`re-execution of pid ${this.pid} left the recorded run: call ${i + 1} is ${op} by task ${tid}, the log has ${i < log.length ? `${log.op(i)} by task ${log.tid(i)}` : 'nothing'}`);
    }
    return i;
  }

  run(tid: Tid, budget: number): RunResult {
    const i = this.next('run', tid);
    const log = this.record.log;
    if (log.budget(i) !== budget) panic(`re-execution of pid ${this.pid} left the recorded run: budget ${budget}, logged ${log.budget(i)}`);
    this.lastLoc = log.loc(i);
    const mem = log.mem(i);
    return mem === undefined ? { used: log.used(i), call: log.call(i) } : { used: log.used(i), call: log.call(i), ...mem };
  }

  where(): string {
    return this.lastLoc;
  }

  startThread(tid: Tid): void {
    this.next('thread', tid);
  }

  fork(tid: Tid): AddressSpace {
    const i = this.next('fork', tid);
    return new GhostSpace(this.record.log.childPid(i), 0, this.records);
  }

  snapshot(): SpaceSnapshot {
    return ghostSnapshot(this.pid, this.cursor, this.records);
  }
}
