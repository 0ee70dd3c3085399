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
 */
export function cloneState(s: KernelState): KernelState {
  return copy(s) as KernelState;
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
  const out: Record<string, unknown> = {};
  for (const key in v as Record<string, unknown>) out[key] = copy((v as Record<string, unknown>)[key]);
  return out;
}

/** Snapshots every distinct address space once (threads of a process share one). */
export function saveTasks(rt: readonly { space: AddressSpace; resume: unknown; call: Syscall | null }[], snap: (space: AddressSpace) => SpaceSnapshot): SavedTask[] {
  const memo = new Map<AddressSpace, SpaceSnapshot>();
  return rt.map((r) => {
    let s = memo.get(r.space);
    if (s === undefined) {
      s = snap(r.space);
      memo.set(r.space, s);
    }
    return { space: s, resume: r.resume, call: r.call };
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
