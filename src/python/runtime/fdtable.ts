/**
 * A process's file descriptors beyond 0/1/2: small ints naming kernel handles — a pipe
 * end (os.pipe) or an open file (os.open). Kept in the interpreter's state, so fork
 * copies it; the kernel gives the child the same handles, so an open file's position
 * stays shared, as on Linux.
 */
import { osErr } from '../objects/exceptions.js';
import type { Interpreter } from '../objects/interpreter.js';

/** What an fd refers to: the kernel handle, its kind, and an open file's path (for fstat). */
export interface FdEntry {
  h: number;
  kind: 'pipe' | 'file';
  path: string;
}

function table(interp: Interpreter): Map<number, FdEntry> {
  let t = interp.state.get('os.fds') as Map<number, FdEntry> | undefined;
  if (t === undefined) {
    t = new Map();
    interp.state.set('os.fds', t);
  }
  return t;
}

/** A new fd for kernel handle `h`: the lowest free one from 3, or `at` (os.dup2). */
export function openFd(interp: Interpreter, h: number, kind: FdEntry['kind'] = 'pipe', path = '', at?: number): number {
  const t = table(interp);
  let fd = at ?? 3;
  if (at === undefined) while (t.has(fd)) fd++;
  t.set(fd, { h, kind, path });
  return fd;
}

/** What `fd` refers to; OSError EBADF when nothing. */
export function entryOf(interp: Interpreter, fd: number): FdEntry {
  const e = table(interp).get(fd);
  if (e === undefined) throw osErr('BadFileDescriptor');
  return e;
}

/** The kernel handle behind `fd`; OSError EBADF when there is none. */
export const handleOf = (interp: Interpreter, fd: number): number => entryOf(interp, fd).h;

/** Forgets `fd`, returning its kernel handle (the caller closes it in the kernel). */
export function closeFd(interp: Interpreter, fd: number): number {
  const h = handleOf(interp, fd);
  table(interp).delete(fd);
  return h;
}

/** Whether `fd` is open (beyond the standard streams). */
export const hasFd = (interp: Interpreter, fd: number): boolean => table(interp).has(fd);

/** Bytes as the kernel carries them through pipes and open files: one char per byte. */
export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

export const fromLatin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
