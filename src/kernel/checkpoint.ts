/**
 * Checkpoints of a whole machine: the kernel state, each task's program (through its
 * address space's snapshot), the syscall in flight, the Chooser's position and the
 * pid generator — everything a run needs to go on from that point exactly as it did.
 *
 * Time travel is checkpoints plus deterministic re-execution: to see step n, restore
 * the nearest checkpoint before it and step forward. Keeping every state through immer
 * costs ~1 KB and ~12 µs per event; a checkpoint every few thousand steps costs a copy
 * of the mutable part of the state.
 */
import type { Syscall } from './syscalls.js';
import type { AddressSpace, SpaceSnapshot } from './program.js';
import type { KernelState } from './types.js';

/** One task's runtime, saved: its program's snapshot (shared by threads of one process). */
export interface SavedTask {
  readonly space: SpaceSnapshot;
  readonly resume: unknown;
  readonly call: Syscall | null;
}

export interface Checkpoint {
  /** Kernel steps performed when it was taken. */
  readonly step: number;
  /** Events counted so far (trace events and quiet syscalls). */
  readonly events: number;
  /** A private copy of the state: restoring copies it again, so a checkpoint serves any number of restores. */
  readonly state: KernelState;
  /** By tid. */
  readonly tasks: readonly SavedTask[];
  /** The Chooser's saved position (RecordingChooser.save). */
  readonly chooser: unknown;
  /** The windows pid generator's state. */
  readonly pids: object;
}

/**
 * A copy of a kernel state that no later step can change. Plain objects and arrays are
 * copied; instances of the state's value classes (task states, messages, persistent
 * queue and heap nodes: values.ts, persistent.ts) are immutable and shared.
 *
 * Given `like` (an earlier copy, say the previous checkpoint's), every part of the state
 * that still equals its counterpart there is that counterpart: checkpoints share what
 * did not change between them (most processes' records, say), so many fit in memory.
 */
export function cloneState(s: KernelState, like?: KernelState): KernelState {
  return (like === undefined ? copy(s) : copyLike(s, like)) as KernelState;
}

function copy(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = copy(v[i]);
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return v; // a value class: immutable
  const out = shallow(v, proto);
  for (const key in out) {
    const x = out[key];
    if (x !== null && typeof x === 'object') out[key] = copy(x);
  }
  return out;
}

/**
 * A plain object's own fields in a new object of the same shape. A spread copies the
 * shape as it is: a third of the memory of an object built key by key (on the
 * 1,000-process run, 0.65 MB instead of 2 MB a state), which the collector then has less to move.
 */
function shallow(v: object, proto: unknown): Record<string, unknown> {
  return (proto === null ? Object.assign(Object.create(null) as object, v) : { ...v }) as Record<string, unknown>;
}

/** copy(v), except that a part equal to its counterpart in `like` (a frozen copy) is that counterpart. */
function copyLike(v: unknown, like: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (like === null || typeof like !== 'object') return copy(v);
  if (Array.isArray(v)) {
    if (!Array.isArray(like)) return copy(v);
    const out = new Array<unknown>(v.length);
    let same = like.length === v.length;
    for (let i = 0; i < v.length; i++) {
      const c = copyLike(v[i], like[i]);
      out[i] = c;
      if (c !== like[i]) same = false;
    }
    return same ? like : out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return v;
  if (Array.isArray(like) || (Object.getPrototypeOf(like) !== Object.prototype && Object.getPrototypeOf(like) !== null)) return copy(v);
  const l = like as Record<string, unknown>;
  const out = shallow(v, proto);
  let same = true;
  let keys = 0;
  for (const key in out) {
    const x = out[key];
    keys++;
    if (x !== null && typeof x === 'object') {
      const c = copyLike(x, l[key]);
      out[key] = c;
      if (c !== l[key]) same = false;
    } else if (x !== l[key] || !(key in l)) same = false;
  }
  if (same) for (const _ in l) if (--keys < 0) return out;
  return same && keys === 0 ? like : out;
}

/**
 * Snapshots every distinct address space once (threads of a process share one). Tasks
 * with nothing in flight and the same snapshot share one record (every terminated task
 * of a long run, say).
 */
export function saveTasks(rt: readonly { space: AddressSpace; resume: unknown; call: Syscall | null }[], snap: (space: AddressSpace) => SpaceSnapshot): SavedTask[] {
  const memo = new Map<AddressSpace, SpaceSnapshot>();
  const idle = new Map<SpaceSnapshot, SavedTask>();
  return rt.map((r) => {
    let s = memo.get(r.space);
    if (s === undefined) {
      s = snap(r.space);
      memo.set(r.space, s);
    }
    if (r.resume !== undefined || r.call !== null) return { space: s, resume: r.resume, call: r.call };
    let t = idle.get(s);
    if (t === undefined) idle.set(s, (t = { space: s, resume: undefined, call: null }));
    return t;
  });
}

/** The runtimes of saved tasks, each snapshot restored once (threads share their process's space again). */
export function restoreTasks(saved: readonly SavedTask[]): { space: AddressSpace; resume: unknown; call: Syscall | null }[] {
  const memo = new Map<SpaceSnapshot, AddressSpace>();
  return saved.map((t) => {
    let space = memo.get(t.space);
    if (space === undefined) {
      space = t.space.restore();
      memo.set(t.space, space);
    }
    return { space, resume: t.resume, call: t.call };
  });
}
