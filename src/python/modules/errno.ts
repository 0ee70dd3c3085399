/** errno: the Linux error numbers programs compare against. */
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import type { Interpreter } from '../objects/interpreter.js';

const CODES: Record<string, number> = { EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, EBADF: 9, ECHILD: 10, EAGAIN: 11, ENOMEM: 12, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, EPIPE: 32 };

export function makeErrno(_interp: Interpreter): PyModule {
  const m = new PyModule('errno');
  const codes = new PyDict();
  for (const [k, v] of Object.entries(CODES)) {
    m.ns.setStr(k, v);
    codes.set(v, k);
  }
  m.ns.setStr('errorcode', codes);
  return m;
}
