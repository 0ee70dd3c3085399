/**
 * Shared cells (multiprocessing's Value and Array): numbers or characters in shared
 * memory. Each read or write is one step; `v.value += 1` is a read and a write, so
 * it races. A cell guarded by a lock waits while another task holds that lock.
 */
import { FP, fpKey } from '../footprint.js';
import { type Ctx, SUSPEND, type Suspend } from '../ctx.js';
import { objAt, procOf, procOfTask } from '../state.js';
import type { ErrResult } from '../syscalls.js';
import type { CellObj, KernelState, SemObj, Task } from '../types.js';
import { base, create, useHandle } from './handles.js';
import { access, waitFor } from './sem.js';

export function cell(
  k: Ctx,
  s: KernelState,
  task: Task,
  typecode: string,
  values: (number | string)[],
  lock: number,
  label: string,
): number {
  return create(k, s, procOfTask(s, task), Object.assign(base(s, task, label), { kind: 'cell' as const, typecode, values: [...values], lock })).id;
}

function cellOf(s: KernelState, task: Task, h: number): CellObj | ErrResult {
  const obj = useHandle(s, procOfTask(s, task), h);
  if ('err' in obj) return obj;
  return obj.kind === 'cell' ? obj : { err: 'EBADF' };
}

/** Reads or writes element `index`; waits first if another task holds the cell's lock. */
export function cellAccess(
  k: Ctx,
  s: KernelState,
  task: Task,
  h: number,
  index: number,
  write: boolean,
  value: number | string,
): number | string | null | ErrResult | Suspend {
  const c = cellOf(s, task, h);
  if ('err' in c) return c;
  if (index < 0 || index >= c.values.length) return { err: 'EBADF' };
  const lock = c.lock >= 0 ? (objAt(s, c.lock) as SemObj) : null;
  const waits = lock !== null && lock.value <= 0 && lock.owner !== task.tid;
  if (lock) k.fp?.touch(fpKey(FP.obj, lock.id), waits);
  k.fp?.touch(fpKey(FP.obj, c.id), write);
  if (waits) {
    waitFor(k, s, task, lock, null, { do: 'cell', cell: c.id, index, write, value });
    return SUSPEND;
  }
  return access(c, index, write, value);
}
