/**
 * Open files (open(2)): a kernel object per open, holding a path and a position, that
 * descriptors refer to through handles — so a forked child shares its parent's position,
 * as on Linux. The bytes live in the file system (fs.ts); a read or a write is one step
 * that touches the file's path and the open file's position.
 */
import { FP, fpKey } from '../footprint.js';
import type { Ctx } from '../ctx.js';
import { fileBytes, fileText, parentOf, resized, touchDir } from '../fs.js';
import { procOfTask } from '../state.js';
import type { ErrResult } from '../syscalls.js';
import type { FileObj, KernelState, Task } from '../types.js';
import { base, create, useHandle } from './handles.js';

export interface OpenFlags {
  read: boolean;
  write: boolean;
  append: boolean;
  create: boolean;
  excl: boolean;
  trunc: boolean;
}

/** open(2): a new open file at position 0, or ENOENT / EISDIR / EEXIST as open(2) fails. */
export function openFile(k: Ctx, s: KernelState, task: Task, path: string, f: OpenFlags): number | ErrResult {
  const node = s.fs[path];
  k.fp?.file(path, f.create || f.trunc);
  if (node?.kind === 'dir') return { err: 'EISDIR' };
  if (node && f.create && f.excl) return { err: 'EEXIST' };
  if (!node) {
    if (!f.create) return { err: 'ENOENT' };
    if (s.fs[parentOf(path)]?.kind !== 'dir') return { err: 'ENOENT' };
    k.fp?.file(parentOf(path), true);
    s.fs[path] = { kind: 'file', text: '', mtime: s.clock };
    touchDir(s, parentOf(path));
  } else if (f.trunc && f.write && node.text !== '') s.fs[path] = { kind: 'file', text: '', mtime: s.clock };
  const obj = Object.assign(base(s, task, path), { kind: 'file' as const, path, pos: 0, read: f.read, write: f.write, append: f.append, orphan: '' });
  return create(k, s, procOfTask(s, task), obj).id;
}

function fileOf(s: KernelState, task: Task, h: number): FileObj | ErrResult {
  const obj = useHandle(s, procOfTask(s, task), h);
  if ('err' in obj) return obj;
  return obj.kind === 'file' ? obj : { err: 'ESPIPE' };
}

/** The file's text now (a removed file's is kept by the open file). */
function textOf(s: KernelState, f: FileObj): string {
  if (f.path === '') return f.orphan;
  const node = s.fs[f.path];
  return node?.kind === 'file' ? node.text : '';
}

function setText(s: KernelState, f: FileObj, text: string): void {
  if (f.path === '') f.orphan = text;
  else s.fs[f.path] = { kind: 'file', text, mtime: s.clock };
}

/** read(2): up to n bytes from the position, as a latin1 string; pread(2) with `at`: from there, the position kept. */
export function fileRead(k: Ctx, s: KernelState, task: Task, h: number, n: number, at?: number): string | ErrResult {
  const f = fileOf(s, task, h);
  if ('err' in f) return f;
  if (!f.read) return { err: 'EBADF' };
  k.fp?.file(f.path, false);
  k.fp?.touch(fpKey(FP.obj, f.id), true);
  const from = at ?? f.pos;
  const data = fileBytes(textOf(s, f)).subarray(from, from + Math.max(0, n));
  if (at === undefined) f.pos += data.length;
  let out = '';
  for (const b of data) out += String.fromCharCode(b);
  return out;
}

/**
 * write(2): the bytes (a latin1 string) at the position — the end first for O_APPEND — growing
 * the file with zeros past its end; pwrite(2) with `at`: there, the position kept (with
 * O_APPEND Linux's pwrite appends all the same).
 */
export function fileWrite(k: Ctx, s: KernelState, task: Task, h: number, data: string, at?: number): number | ErrResult {
  const f = fileOf(s, task, h);
  if ('err' in f) return f;
  if (!f.write) return { err: 'EBADF' };
  k.fp?.file(f.path, true);
  k.fp?.touch(fpKey(FP.obj, f.id), true);
  const old = fileBytes(textOf(s, f));
  const pos = f.append ? old.length : at ?? f.pos;
  const out = new Uint8Array(Math.max(old.length, pos + data.length));
  out.set(old);
  for (let i = 0; i < data.length; i++) out[pos + i] = data.charCodeAt(i);
  if (at === undefined) f.pos = pos + data.length;
  setText(s, f, fileText(out));
  return data.length;
}

/** ftruncate(2): the open file's bytes cut or grown to length; its position stays. */
export function fileTruncate(k: Ctx, s: KernelState, task: Task, h: number, length: number): null | ErrResult {
  const f = fileOf(s, task, h);
  if ('err' in f) return f;
  if (!f.write || length < 0) return { err: 'EINVAL' };
  k.fp?.file(f.path, true);
  setText(s, f, fileText(resized(fileBytes(textOf(s, f)), length)));
  return null;
}

/** lseek(2): whence 0 (from the start), 1 (from the position), 2 (from the end). */
export function fileSeek(k: Ctx, s: KernelState, task: Task, h: number, offset: number, whence: number): number | ErrResult {
  const f = fileOf(s, task, h);
  if ('err' in f) return f;
  k.fp?.touch(fpKey(FP.obj, f.id), true);
  if (whence === 2) k.fp?.file(f.path, false);
  const from = whence === 0 ? 0 : whence === 1 ? f.pos : whence === 2 ? fileBytes(textOf(s, f)).length : NaN;
  const pos = from + offset;
  if (!(pos >= 0)) return { err: 'EINVAL' };
  f.pos = pos;
  return pos;
}
