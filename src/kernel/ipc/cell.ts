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
import { base, create, hold, useHandle } from './handles.js';
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

/**
 * shm_open + mmap: the cell holding the bytes of the shared memory object `name`, a file
 * in /dev/shm (made, with its directories, when the first object is). `create` makes a
 * new one of `size` zero bytes (EEXIST when the name is taken); otherwise the caller takes
 * a handle to the existing one (ENOENT when there is none). Removing the file (shm_unlink)
 * frees the name; the bytes live while handles do.
 */
export function shmOpen(k: Ctx, s: KernelState, task: Task, name: string, size: number, create: boolean): [number, number] | ErrResult {
  const path = `/dev/shm/${name}`;
  k.fp?.file(path, create);
  const node = s.fs[path];
  if (!create) {
    if (node?.kind !== 'file' || node.shm === undefined) return { err: 'ENOENT' };
    const c = objAt(s, node.shm) as CellObj;
    hold(k, s, procOfTask(s, task), c.id, 1);
    return [c.id, c.values.length];
  }
  if (node) return { err: 'EEXIST' };
  for (const dir of ['/dev', '/dev/shm']) if (!s.fs[dir]) s.fs[dir] = { kind: 'dir', mtime: s.clock };
  k.fp?.file('/dev/shm', true);
  const id = cell(k, s, task, 'B', new Array<number>(size).fill(0), -1, name);
  s.fs[path] = { kind: 'file', text: '\0'.repeat(size), mtime: s.clock, shm: id };
  return [id, size];
}
