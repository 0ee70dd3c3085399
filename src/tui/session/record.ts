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

/** One call the kernel made on an address space, at kernel step `step` (the position it became visible at). */
export type Entry =
  | { op: 'run'; step: number; tid: Tid; budget: number; resume: unknown; used: number; call: Syscall | null; loc: string }
  | { op: 'thread'; step: number; tid: Tid; entry: number }
  | { op: 'signal'; step: number; tid: Tid; sigs: number }
  | { op: 'fork'; step: number; tid: Tid; childTid: Tid; childPid: Pid };

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
export const BASE_WORK = 5_000_000;
export const BASE_CALLS = 200;

/** One process's program: how it began and every call made on it since. */
export class SpaceRecord {
  readonly log: Entry[] = [];
  readonly bases: Base[] = [];
  /** CPU time it ran, and calls made on it, since its last base. */
  work = 0;
  calls = 0;
  constructor(
    readonly pid: Pid,
    readonly genesis: Genesis,
    /** The program's AddressSpace.gil. */
    readonly gil: boolean | undefined,
    /** The step it was created in. */
    readonly born: number,
    /** The program's AddressSpace.signals. */
    readonly signals?: AddressSpace['signals'],
  ) {}

  /** A record of the same program up to step `upTo` (a new branch of the run starts after it). */
  prefix(upTo: number): SpaceRecord {
    const r = new SpaceRecord(this.pid, this.genesis, this.gil, this.born, this.signals);
    for (const e of this.log) {
      if (e.step > upTo) break;
      r.log.push(e);
    }
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
  }

  signal(tid: Tid, sigs: number): void {
    this.real.signal?.(tid, sigs);
    this.record.log.push({ op: 'signal', step: this.clock(), tid, sigs });
  }

  run(tid: Tid, budget: number, resume: unknown): RunResult {
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
    const r = this.real.run(tid, budget, resume);
    record.work += r.used;
    record.calls++;
    const loc = this.real.where(tid);
    this.record.log.push({ op: 'run', step: this.clock(), tid, budget, resume, used: r.used, call: r.call, loc });
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
    const record = new SpaceRecord(childPid, { kind: 'fork', parent: this.record.pid, entry: this.record.log.length }, child.gil, this.clock(), child.signals);
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

function ghostSnapshot(pid: Pid, cursor: number, records: Records): SpaceSnapshot {
  return { restore: () => new GhostSpace(pid, cursor, records) };
}

/**
 * An address space that runs nothing: it answers each call with what the real program
 * answered at this point of the run. A call that differs from the logged one means the
 * re-execution left the recorded run — a broken invariant.
 */
export class GhostSpace implements AddressSpace {
  private lastLoc = '';
  readonly gil: boolean | undefined = undefined;
  readonly signals: AddressSpace['signals'];
  private readonly record: SpaceRecord;

  constructor(
    readonly pid: Pid,
    private cursor: number,
    private readonly records: Records,
  ) {
    this.record = records(pid);
    this.gil = this.record.gil;
    this.signals = this.record.signals;
  }

  signal(tid: Tid): void {
    this.next('signal', tid);
  }

  private next<O extends Entry['op']>(op: O, tid: Tid): Extract<Entry, { op: O }> {
    const e = this.record.log[this.cursor++];
    if (e === undefined || e.op !== op || e.tid !== tid) {
      panic(`re-execution of pid ${this.pid} left the recorded run: call ${this.cursor} is ${op} by task ${tid}, the log has ${e ? `${e.op} by task ${e.tid}` : 'nothing'}`);
    }
    return e as Extract<Entry, { op: O }>;
  }

  run(tid: Tid, budget: number): RunResult {
    const e = this.next('run', tid);
    if (e.budget !== budget) panic(`re-execution of pid ${this.pid} left the recorded run: budget ${budget}, logged ${e.budget}`);
    this.lastLoc = e.loc;
    return { used: e.used, call: e.call };
  }

  where(): string {
    return this.lastLoc;
  }

  startThread(tid: Tid): void {
    this.next('thread', tid);
  }

  fork(tid: Tid): AddressSpace {
    const e = this.next('fork', tid);
    return new GhostSpace(e.childPid, 0, this.records);
  }

  snapshot(): SpaceSnapshot {
    return ghostSnapshot(this.pid, this.cursor, this.records);
  }
}
