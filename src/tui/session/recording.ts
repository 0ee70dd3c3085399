/**
 * One branch of a run as the session recorded it: the trace and the writes, where each
 * kernel step's events end, the machine's checkpoints, and every program's log. The
 * first run is the root; taking a scheduling decision over starts a branch that shares
 * everything up to the step before it (the arrays are copied, their contents shared).
 */
import type { Checkpoint } from '../../kernel/checkpoint.js';
import type { TraceEvent, Write } from '../../kernel/trace.js';
import type { Ns, Pid } from '../../kernel/types.js';
import type { SpaceRecord } from './record.js';
import { Tape } from './tape.js';

export class Recording {
  readonly trace: TraceEvent[] = [];
  readonly output: Write[] = [];
  /** Per position p (kernel steps performed): the trace's length, the writes' count, the decisions' count and the clock after step p. */
  readonly eventEnd: number[] = [];
  readonly outputEnd: number[] = [];
  readonly decisionEnd: number[] = [];
  readonly clock: Ns[] = [];
  /** Sorted by step; the first is at position 0. */
  readonly checkpoints: Checkpoint[] = [];
  /** Each process's program log, by pid (null: its image named no program). */
  readonly records = new Map<Pid, SpaceRecord | null>();
  /** The branch's decisions. */
  tape = new Tape();

  constructor(
    /** The branch this one left, or null for the first run. */
    readonly parent: Recording | null,
    /** The first step that differs from the parent (0 for the first run). */
    readonly forkStep: number,
  ) {}

  /** The last position (the run's end). */
  get end(): number {
    return this.eventEnd.length - 1;
  }

  /** A branch that shares this recording up to position `upTo` and goes its own way after it. */
  branchAfter(upTo: number): Recording {
    const b = new Recording(this, upTo + 1);
    const events = this.eventEnd[upTo]!;
    const writes = this.outputEnd[upTo]!;
    for (let i = 0; i < events; i++) b.trace.push(this.trace[i]!);
    for (let i = 0; i < writes; i++) b.output.push(this.output[i]!);
    for (let p = 0; p <= upTo; p++) {
      b.eventEnd.push(this.eventEnd[p]!);
      b.outputEnd.push(this.outputEnd[p]!);
      b.decisionEnd.push(this.decisionEnd[p]!);
      b.clock.push(this.clock[p]!);
    }
    for (const cp of this.checkpoints) if (cp.step <= upTo) b.checkpoints.push(cp);
    for (const [pid, r] of this.records) {
      if (r === null) b.records.set(pid, null);
      else if (r.born <= upTo) b.records.set(pid, r.prefix(upTo));
    }
    return b;
  }

  /** The position whose step emitted trace event `i` (the last position for i past the end). */
  stepOfEvent(i: number): number {
    let lo = 0;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.eventEnd[mid]! > i) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The last position whose clock is at or before `t`. */
  stepAtTime(t: Ns): number {
    let lo = 0;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.clock[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The checkpoint to re-execute from for position p: the last one at or before it. */
  checkpointFor(p: number): Checkpoint {
    let lo = 0;
    let hi = this.checkpoints.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.checkpoints[mid]!.step <= p) lo = mid;
      else hi = mid - 1;
    }
    return this.checkpoints[lo]!;
  }
}
