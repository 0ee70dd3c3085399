/**
 * A process's file descriptors beyond 0/1/2: small ints naming kernel handles (os.pipe
 * gives two). Kept in the interpreter's state, so fork copies it — the kernel gives
 * the child the same handles.
 */
import { osErr } from '../objects/exceptions.js';
import type { Interpreter } from '../objects/interpreter.js';

function table(interp: Interpreter): Map<number, number> {
  let t = interp.state.get('os.fds') as Map<number, number> | undefined;
  if (t === undefined) {
    t = new Map();
    interp.state.set('os.fds', t);
  }
  return t;
}

/** A new fd for kernel handle `h` (the lowest free one from 3). */
export function openFd(interp: Interpreter, h: number): number {
  const t = table(interp);
  let fd = 3;
  while (t.has(fd)) fd++;
  t.set(fd, h);
  return fd;
}

/** The kernel handle behind `fd`; OSError EBADF when there is none. */
export function handleOf(interp: Interpreter, fd: number): number {
  const h = table(interp).get(fd);
  if (h === undefined) throw osErr('BadFileDescriptor');
  return h;
}

export function closeFd(interp: Interpreter, fd: number): number {
  const h = handleOf(interp, fd);
  table(interp).delete(fd);
  return h;
}
