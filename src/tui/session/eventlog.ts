/**
 * The trace of a recorded run, kept compactly: a million events as objects cost about
 * 145 bytes each; here the common fields are columns (time, CPU, pid, tid, kind) and
 * each event keeps one reference to what is particular to it — a value shared with
 * other events where events repeat (dispatches, preemptions, wake reasons), the
 * syscall or block reason the kernel already holds, or the whole event for the rare
 * kinds — as an index into a table of parts, where a shared part is once. About 22
 * bytes an event. Reading an event rebuilds the kernel's object, equal
 * field for field (tests compare the session's trace with `forkscope run`'s).
 */
import type { ObjRef, TraceEvent, WakeReason } from '../../kernel/trace.js';
import type { BlockReason } from '../../kernel/types.js';
import type { Syscall } from '../../kernel/syscalls.js';
import { type Column, float64s, int32s, int8s, uint8s } from './columns.js';
import { internCall } from './intern.js';

/** How an event's particular part is kept. */
const enum Code {
  /** The whole event object. */
  Whole = 0,
  /** A shared { from, d }: the CPU starts running it d ns after t. */
  Dispatch = 1,
  /** A shared { kind: 'preempt', why }. */
  Preempt = 2,
  /** The Syscall. */
  Syscall = 3,
  /** The BlockReason; its object's ObjRef comes from `refs`. */
  Block = 4,
  /** A shared WakeReason. */
  Wake = 5,
  /** A shared { d }: a sleep until d ns after t. */
  Sleep = 6,
}

interface DispatchPart {
  readonly from: 'ready' | 'interrupted';
  readonly d: number;
}

export class EventLog {
  private readonly t: Column;
  private readonly cpu: Column;
  private readonly pid: Column;
  private readonly tid: Column;
  private readonly code: Column;
  /** Each event's part, as its index in `parts`. */
  private readonly part: Column;
  /** The parts: a shared one once (its index in `partIndex`), others each in their own place. */
  private readonly parts: unknown[] = [];
  private readonly partIndex: Map<unknown, number>;
  /** Shared parts by key, and each object's reference as blocks name it. */
  private readonly shared: Map<string, unknown>;
  private readonly refs: Map<number, ObjRef>;

  constructor(from?: EventLog, upTo = 0) {
    if (from === undefined) {
      this.t = float64s(4096);
      this.cpu = int8s(4096);
      this.pid = int32s(4096);
      this.tid = int32s(4096);
      this.code = uint8s(4096);
      this.part = int32s(4096);
      this.partIndex = new Map();
      this.shared = new Map();
      this.refs = new Map();
      return;
    }
    this.t = from.t.prefix(upTo);
    this.cpu = from.cpu.prefix(upTo);
    this.pid = from.pid.prefix(upTo);
    this.tid = from.tid.prefix(upTo);
    this.code = from.code.prefix(upTo);
    this.part = from.part.prefix(upTo);
    // Parts are never changed: the branch's table starts as a copy of the run's.
    for (const p of from.parts) this.parts.push(p);
    this.partIndex = new Map(from.partIndex);
    // Shared parts never change: a branch may go on sharing them.
    this.shared = new Map(from.shared);
    this.refs = new Map(from.refs);
  }

  get length(): number {
    return this.code.length;
  }

  /** The first `upTo` events, as a new log that grows on its own (a branch of the run). */
  prefix(upTo: number): EventLog {
    return new EventLog(this, Math.min(upTo, this.length));
  }

  push(e: TraceEvent): void {
    this.t.push(e.t);
    this.cpu.push(e.cpu);
    this.pid.push(e.pid);
    this.tid.push(e.tid);
    let code = Code.Whole;
    let part: unknown = e;
    switch (e.kind) {
      case 'dispatch': {
        const key = `d${e.from}${e.at - e.t}`;
        part = this.shared.get(key);
        if (part === undefined) this.shared.set(key, (part = { from: e.from, d: e.at - e.t } satisfies DispatchPart));
        code = Code.Dispatch;
        break;
      }
      case 'preempt': {
        const key = `p${e.why}`;
        part = this.shared.get(key);
        if (part === undefined) this.shared.set(key, (part = { kind: 'preempt', why: e.why }));
        code = Code.Preempt;
        break;
      }
      case 'syscall':
        part = internCall(e.call);
        code = Code.Syscall;
        break;
      case 'block':
        if (e.on.kind === 'sleep' && e.obj === null) {
          const key = `s${e.on.until - e.t}`;
          part = this.shared.get(key);
          if (part === undefined) this.shared.set(key, (part = { d: e.on.until - e.t }));
          code = Code.Sleep;
        } else if (this.refFits(e.on, e.obj)) {
          part = e.on;
          code = Code.Block;
        }
        break;
      case 'wake': {
        const key = `w${JSON.stringify(e.reason)}`;
        part = this.shared.get(key);
        if (part === undefined) this.shared.set(key, (part = e.reason));
        code = Code.Wake;
        break;
      }
      default:
        break;
    }
    this.code.push(code);
    this.part.push(this.place(part, code === Code.Whole || code === Code.Block));
  }

  /** The index of `part` in the table: a new place for one of its own, the same place for a shared one. */
  private place(part: unknown, own: boolean): number {
    if (!own) {
      const known = this.partIndex.get(part);
      if (known !== undefined) return known;
      this.partIndex.set(part, this.parts.length);
    }
    this.parts.push(part);
    return this.parts.length - 1;
  }

  /** Whether a block's object reference can be rebuilt from its reason (and notes it when first seen). */
  private refFits(on: BlockReason, obj: ObjRef | null): boolean {
    if (on.kind !== 'ipc') return obj === null;
    if (obj === null || obj.id !== on.obj) return false;
    const known = this.refs.get(obj.id);
    if (known === undefined) {
      this.refs.set(obj.id, obj);
      return true;
    }
    return known.kind === obj.kind && known.label === obj.label;
  }

  /** Event i, as the kernel emitted it (a new object each time). */
  at(i: number): TraceEvent {
    const part = this.parts[this.part.at(i)];
    const code = this.code.at(i) as Code;
    if (code === Code.Whole) return part as TraceEvent;
    const t = this.t.at(i);
    const cpu = this.cpu.at(i);
    const pid = this.pid.at(i);
    const tid = this.tid.at(i);
    switch (code) {
      case Code.Dispatch: {
        const p = part as DispatchPart;
        return { t, cpu, pid, tid, kind: 'dispatch', from: p.from, at: t + p.d };
      }
      case Code.Preempt:
        return { t, cpu, pid, tid, ...(part as { kind: 'preempt'; why: 'slice' | 'priority' }) };
      case Code.Syscall:
        return { t, cpu, pid, tid, kind: 'syscall', call: part as Syscall };
      case Code.Block: {
        const on = part as BlockReason;
        return { t, cpu, pid, tid, kind: 'block', on, obj: on.kind === 'ipc' ? this.refs.get(on.obj)! : null };
      }
      case Code.Wake:
        return { t, cpu, pid, tid, kind: 'wake', reason: part as WakeReason };
      case Code.Sleep:
        return { t, cpu, pid, tid, kind: 'block', on: { kind: 'sleep', until: t + (part as { d: number }).d }, obj: null };
      default: {
        const never: never = code;
        throw new Error(`unknown event code ${String(never)}`);
      }
    }
  }

  /** The pid of event i, without rebuilding it. */
  pidAt(i: number): number {
    return this.pid.at(i);
  }

  /** Events [from, to) as objects. */
  slice(from = 0, to = this.length): TraceEvent[] {
    const out: TraceEvent[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.at(i));
    return out;
  }

  *[Symbol.iterator](): IterableIterator<TraceEvent> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}
