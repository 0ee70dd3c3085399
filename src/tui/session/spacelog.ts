/**
 * One program's log of calls (record.ts), kept in columns: a long run makes hundreds of
 * thousands of calls, and an object per call costs about twice these columns. Entries
 * are read back one field at a time where re-execution reads them (GhostSpace), or
 * rebuilt whole (`entry`) where a program is rebuilt.
 */
import { panic } from '../../kernel/panic.js';
import type { RunResult } from '../../kernel/program.js';
import type { Syscall } from '../../kernel/syscalls.js';
import type { Pid, Tid } from '../../kernel/types.js';
import { type Column, float64s, int32s, uint8s } from './columns.js';
import { internCall } from './intern.js';

/** One call the kernel made on an address space, at kernel step `step` (the position it became visible at). */
export type Entry =
  | { op: 'run'; step: number; tid: Tid; budget: number; resume: unknown; used: number; call: Syscall | null; loc: string; mem?: MemoryNote }
  | { op: 'thread'; step: number; tid: Tid; entry: number }
  | { op: 'signal'; step: number; tid: Tid; sigs: number }
  | { op: 'fork'; step: number; tid: Tid; childTid: Tid; childPid: Pid };

/** What a run said of the program's memory (kernel/program.ts: RunResult), kept only for the runs that said something new. */
export type MemoryNote = Pick<RunResult, 'resident' | 'refused' | 'refusedBy'>;

export type Op = Entry['op'];
const OPS: readonly Op[] = ['run', 'thread', 'fork', 'signal'];

export class SpaceLog {
  private readonly ops: Column = uint8s(64);
  private readonly steps: Column = int32s(64);
  private readonly tids: Column = int32s(64);
  /** run: budget and CPU time used; thread: its entry; signal: the signals handed over; fork: the child's tid and pid. */
  private readonly a: Column = float64s(64);
  private readonly b: Column = float64s(64);
  /** run only (other entries keep undefined, null, ''). */
  private readonly resumes: unknown[] = [];
  private readonly calls: (Syscall | null)[] = [];
  private readonly locs: string[] = [];
  /** Each distinct location once (a program passes the same lines again and again). */
  private readonly known = new Map<string, string>();
  /** run: memory notes by entry index (few: a program's memory is counted now and then). */
  private readonly notes = new Map<number, MemoryNote>();

  get length(): number {
    return this.locs.length;
  }

  push(e: Entry): void {
    this.ops.push(OPS.indexOf(e.op));
    this.steps.push(e.step);
    this.tids.push(e.tid);
    switch (e.op) {
      case 'run':
        this.a.push(e.budget);
        this.b.push(e.used);
        this.resumes.push(e.resume);
        this.calls.push(internCall(e.call));
        if (e.mem !== undefined) this.notes.set(this.locs.length, e.mem);
        this.locs.push(this.intern(e.loc));
        return;
      case 'thread':
        this.a.push(e.entry);
        this.b.push(0);
        break;
      case 'signal':
        this.a.push(e.sigs);
        this.b.push(0);
        break;
      case 'fork':
        this.a.push(e.childTid);
        this.b.push(e.childPid);
        break;
      default: {
        const never: never = e;
        panic(`unknown log entry ${JSON.stringify(never)}`);
      }
    }
    this.resumes.push(undefined);
    this.calls.push(null);
    this.locs.push('');
  }

  private intern(loc: string): string {
    const k = this.known.get(loc);
    if (k !== undefined) return k;
    this.known.set(loc, loc);
    return loc;
  }

  op(i: number): Op {
    return OPS[this.ops.at(i)]!;
  }

  step(i: number): number {
    return this.steps.at(i);
  }

  tid(i: number): Tid {
    return this.tids.at(i);
  }

  /** run: the CPU budget it was given. */
  budget(i: number): number {
    return this.a.at(i);
  }

  /** run: the CPU time it used. */
  used(i: number): number {
    return this.b.at(i);
  }

  /** run: the syscall it reached, or null. */
  call(i: number): Syscall | null {
    return this.calls[i]!;
  }

  /** run: what it said of the program's memory, when that was new. */
  mem(i: number): MemoryNote | undefined {
    return this.notes.get(i);
  }

  /** run: where the program was after it (file:line, or ''). */
  loc(i: number): string {
    return this.locs[i]!;
  }

  /** fork: the child's pid. */
  childPid(i: number): Pid {
    return this.b.at(i);
  }

  /** The last entry made by step `step` (-1: none). */
  lastAt(step: number): number {
    return this.steps.lastAtMost(step);
  }

  /** Entry i, whole. */
  entry(i: number): Entry {
    const step = this.steps.at(i);
    const tid = this.tids.at(i);
    switch (this.op(i)) {
      case 'run':
        return { op: 'run', step, tid, budget: this.a.at(i), resume: this.resumes[i], used: this.b.at(i), call: this.calls[i]!, loc: this.locs[i]!, mem: this.notes.get(i) };
      case 'thread':
        return { op: 'thread', step, tid, entry: this.a.at(i) };
      case 'signal':
        return { op: 'signal', step, tid, sigs: this.a.at(i) };
      case 'fork':
        return { op: 'fork', step, tid, childTid: this.a.at(i), childPid: this.b.at(i) };
    }
  }

  /** The entries made by step `upTo`, as a new log (a branch of the run goes on from them). */
  prefix(upTo: number): SpaceLog {
    const r = new SpaceLog();
    for (let i = 0; i < this.length && this.step(i) <= upTo; i++) r.push(this.entry(i));
    return r;
  }
}
