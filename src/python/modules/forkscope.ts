/**
 * _forkscope: the hooks forkscope's Python stdlib needs from the VM (not for
 * user programs): waiting for ever (a single-threaded queue.get()), deque, naming kernel objects.
 */
import { Coro, sysReq } from '../objects/coro.js';
import { typeErr } from '../objects/exceptions.js';
import { fn } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import type { Interpreter } from '../objects/interpreter.js';
import { dequeClass } from '../objects/boot.js';
import { PyTuple } from '../objects/tuple.js';

export function makeForkscope(_interp: Interpreter): PyModule {
  const m = new PyModule('_forkscope');
  m.ns.setStr(
    'block_forever',
    fn(
      'block_forever',
      (_th, a) =>
        new Coro(
          (function* () {
            // An event nobody sets: the task stays blocked (a deadlock if nothing else can run).
            const h = (yield sysReq({ op: 'event', label: String(a[0] ?? 'wait') })) as number;
            yield sysReq({ op: 'evwait', h, timeout: null });
            return null;
          })(),
        ),
      '_forkscope',
    ),
  );
  // label(handle, text): names a kernel object that has no name yet (for the kernel's views and reports).
  m.ns.setStr(
    'label',
    fn(
      'label',
      (_th, a) => {
        const v = a[0];
        const h = typeof v === 'number' ? v : (v as { h?: unknown } | null)?.h;
        if (typeof h !== 'number') throw typeErr('label() needs a kernel handle');
        const label = String(a[1] ?? '');
        return new Coro((function* () { yield sysReq({ op: 'label', h, label }); return null; })());
      },
      '_forkscope',
    ),
  );
  m.ns.setStr('deque', dequeClass);
  // http_request(method, url) -> (status, body, url), or None when the host does not resolve.
  m.ns.setStr(
    'http_request',
    fn(
      'http_request',
      (_th, a) =>
        new Coro(
          (function* () {
            const r = (yield sysReq({ op: 'net', method: String(a[0]), url: String(a[1]) })) as { status: number; body: string; url: string } | { err: string };
            if ('err' in r) return null;
            return new PyTuple([r.status, r.body, r.url]);
          })(),
        ),
      '_forkscope',
    ),
  );
  return m;
}
