/**
 * The fork syscall as os.fork and multiprocessing's fork start method make it, and the
 * errors fork and spawn fail with when the machine is out of a resource.
 */
import type { ErrResult } from '../../kernel/syscalls.js';
import { isErr } from '../../kernel/syscalls.js';
import { type Gen, sysReq } from '../objects/coro.js';
import { type PyBaseException, osErr } from '../objects/exceptions.js';

/**
 * The error a failed fork or spawn raises, as CPython's os.fork / subprocess do:
 * EAGAIN at the machine's process limit is BlockingIOError; ENOMEM (the machine's
 * memory cannot hold the child's copy) is OSError errno 12.
 */
export function forkFailed(r: ErrResult): PyBaseException {
  return r.err === 'ENOMEM' ? osErr('OSError', undefined, [12, 'Cannot allocate memory']) : osErr('BlockingIOError');
}

/** fork(): the child's pid in the parent, 0 in the child. */
export function* forkCo(): Gen {
  const pid = yield sysReq({ op: 'fork' });
  if (isErr(pid)) throw forkFailed(pid);
  return pid as number;
}
