/**
 * _forkscope: the hooks forkscope's Python stdlib needs from the VM (not for
 * user programs): waiting for ever (a single-threaded queue.get()), deque, naming kernel
 * objects, functions with a given signature.
 */
import { Coro, sysReq } from '../objects/coro.js';
import { isErr } from '../../kernel/syscalls.js';
import { osErr, typeErr } from '../objects/exceptions.js';
import { fn } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import type { Interpreter } from '../objects/interpreter.js';
import { dequeClass } from '../objects/boot.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { PyFunction } from '../objects/function.js';
import type { Value } from '../objects/object.js';
import { Code } from '../objects/code.js';
import { compilePython } from '../compile/index.js';

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
  // cpu_time(who): CPU time in ns — 'self' (the process), 'thread', 'children' (reaped ones), or a reaped child's pid.
  m.ns.setStr(
    'cpu_time',
    fn(
      'cpu_time',
      (_th, a) =>
        new Coro(
          (function* () {
            const who = a[0];
            const r = yield sysReq({ op: 'rusage', who: typeof who === 'number' ? who : who === 'thread' || who === 'children' ? who : 'self' });
            if (isErr(r)) throw osErr('ProcessLookupError');
            return r as number;
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
  m.ns.setStr('with_signature', fn('with_signature', (th, a) => withSignature(th.interp, a), '_forkscope'));
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

const IDENT = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * with_signature(name, qualname, positional, kwonly, defaults, kwdefaults, body, module): a
 * function whose parameters are exactly `positional` then, after `*`, `kwonly` (a list of
 * names each), and which returns body(*its arguments). A wrong call fails with CPython's own
 * message (`P.__init__() missing 1 required positional argument: 'y'`); dataclasses makes
 * its __init__ this way (CPython: exec of generated source).
 */
function withSignature(interp: Interpreter, a: Value[]): Value {
  const [name, qualname, positional, kwonly, defaults, kwdefaults, body, module] = a;
  const names = (v: Value | undefined): string[] => {
    if (!(v instanceof PyList || v instanceof PyTuple) || !v.items.every((x) => typeof x === 'string' && IDENT.test(x))) {
      throw typeErr('with_signature() needs lists of identifiers');
    }
    return v.items as string[];
  };
  const pos = names(positional);
  const kw = names(kwonly);
  if (typeof name !== 'string' || !IDENT.test(name) || typeof qualname !== 'string') throw typeErr('with_signature() needs a name');
  const params = [...pos, ...(kw.length > 0 ? ['*', ...kw] : [])].join(', ');
  const source = `def ${name}(${params}):\n    return __body__(${[...pos, ...kw].join(', ')})\n`;
  const code = compilePython(source, '<string>').consts.find((c): c is Code => c instanceof Code)!;
  const globals = new PyDict();
  globals.setStr('__name__', module ?? null);
  globals.setStr('__builtins__', interp.builtinsModule);
  globals.setStr('__body__', body ?? null);
  const f = new PyFunction(code, globals, defaults instanceof PyTuple && defaults.items.length > 0 ? defaults.items.slice() : null, kwdefaults instanceof PyDict && kwdefaults.size > 0 ? kwdefaults : null, null);
  f.qualname = qualname;
  return f;
}
