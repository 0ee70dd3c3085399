/**
 * os and os.path on the kernel's syscalls: processes (fork, wait, kill, _exit),
 * the virtual file system (cwd per process), environ. On Windows the POSIX-only
 * names are absent, as there.
 */
import { Coro, type Gen, callReq, sysReq } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { PyBytes } from '../objects/bytes.js';
import { E, attrErr, exc, osErr, typeErr, valueErr } from '../objects/exceptions.js';
import { fn, kwargs, methods, one, params, unpack } from '../objects/native.js';
import type { NativeFn } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import type { Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';
import type { PyClass } from '../objects/object.js';
import { runOrCoro } from '../runtime/dunder.js';
import { urandom } from './random.js';
import { isCallable } from '../runtime/callable.js';
import { dictRepr } from '../types/dict-methods.js';
import { dictSetDel } from '../runtime/subscript.js';
import { type Syscall, fsKind, isErr, wexitstatus, wifcontinued, wifexited, wifsignaled, wifstopped, wstopsig, wtermsig, waitstatusToExitcode } from '../../kernel/syscalls.js';
import type { Interpreter } from '../objects/interpreter.js';
import { NativeFrame } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { intValue } from '../types/numbers.js';
import { float } from '../runtime/arith.js';
import { strValue } from '../types/str.js';
import { absPath, normpath } from './paths.js';
import { fdConstants, fdFunctions, intArg } from './os-fd.js';
import { PyFile } from '../types/file.js';
import { shellCo } from './subprocess.js';
import { execFunctions } from './os-exec.js';
import { makePosixpath } from './posixpath.js';
import { fileFunctions, fsCo as fs, pathArg, pathFileFunctions } from './os-files.js';
import { atFork, forkCoro } from './forking.js';

/** The environment every simulated process sees (TZ and LC_ALL as the corpus was recorded). */
const ENVIRON: Record<string, string> = { HOME: '/home/user', USER: 'user', PATH: '/usr/local/bin:/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC' };

let environClass: PyClass | null = null;

/** os._Environ: a dict of str to str ('str expected, not int'), shown as environ({...}). */
function environType(): PyClass {
  if (environClass) return environClass;
  const cls = builtinClass('os._Environ', T.dict, null, 'os', '_Environ');
  delete T['os._Environ'];
  methods(cls, {
    __setitem__: (th, a) => {
      for (const v of [a[1]!, a[2]!]) if (typeof v !== 'string') throw typeErr(`str expected, not ${typeOf(v).name}`);
      return dictSetDel(th, a[0] as PyDict, a[1]!, a[2]!);
    },
    __repr__: (th, a) => runOrCoro((function* () { return `environ(${yield* dictRepr(th, a[0] as PyDict)})`; })()),
  });
  environClass = cls;
  return cls;
}

const co = (g: Gen): Coro => new Coro(g);

/** What os gets from a module written in Python the first time a program asks for it, and from which. */
const LAZY: Record<string, string> = {
  walk: '_oswalk',
  scandir: '_oswalk',
  DirEntry: '_oswalk',
  fspath: '_oswalk',
  PathLike: '_osmisc',
  strerror: '_osmisc',
  access: '_osmisc',
  umask: '_osmisc',
  terminal_size: '_osmisc',
  get_terminal_size: '_osmisc',
  fsync: '_osmisc',
  fdatasync: '_osmisc',
  sync: '_osmisc',
  uname: '_osmisc',
  uname_result: '_osmisc',
  sched_getaffinity: '_osmisc',
  times: '_osmisc',
  times_result: '_osmisc',
  wait3: '_osmisc',
  wait4: '_osmisc',
};

function checkForkable(th: Thread): void {
  for (let f = th.top; f !== null; f = f.back) {
    if (f instanceof NativeFrame) throw exc(E.RuntimeError!, `forkscope: os.fork() called from inside ${f.name}(), whose state cannot be copied into the child`);
  }
}

/** waitpid's options: WNOHANG (1), WUNTRACED (2), WCONTINUED (8), as Linux numbers them. */
function* waitCo(pid: number, options: number): Gen {
  const nohang = (options & 1) !== 0;
  const r = yield sysReq(options & 10 ? { op: 'wait', pid, nohang, untraced: (options & 2) !== 0, continued: (options & 8) !== 0 } : { op: 'wait', pid, nohang });
  if (isErr(r)) throw osErr('ChildProcessError');
  const [p, status] = r as [number, number];
  return new PyTuple([p, status]);
}

/** The errno results of the process-group calls as the OSError subclasses CPython raises. */
function groupErr(err: string): never {
  if (err === 'EPERM') throw osErr('PermissionError', undefined, [1, 'Operation not permitted']);
  if (err === 'ESRCH') throw osErr('ProcessLookupError');
  throw osErr('InvalidArgument');
}

function* groupCo(call: Syscall): Gen {
  const r = yield sysReq(call);
  if (isErr(r)) groupErr(r.err);
  return call.op === 'getpgid' || call.op === 'getsid' ? (r as number) : null;
}

/** Process groups and sessions (kernel/pgrp.ts): getpgrp, getpgid, setpgrp, setpgid, getsid, setsid, killpg. */
function groupFunctions(): Record<string, NativeFn> {
  const pidArg = (name: string, a: Value[], n: number): number[] => {
    unpack(name, a, n, n);
    return a.map((v) => intArg(v));
  };
  return {
    getpgrp: (_th, a) => {
      unpack('getpgrp', a, 0, 0);
      return co(groupCo({ op: 'getpgid', pid: 0 }));
    },
    getpgid: (_th, a) => co(groupCo({ op: 'getpgid', pid: pidArg('getpgid', a, 1)[0]! })),
    getsid: (_th, a) => co(groupCo({ op: 'getsid', pid: pidArg('getsid', a, 1)[0]! })),
    setpgrp: (_th, a) => {
      unpack('setpgrp', a, 0, 0);
      return co(groupCo({ op: 'setpgid', pid: 0, pgid: 0 }));
    },
    setpgid: (_th, a) => {
      const [pid, pgid] = pidArg('setpgid', a, 2);
      return co(groupCo({ op: 'setpgid', pid: pid!, pgid: pgid! }));
    },
    setsid: (_th, a) => {
      unpack('setsid', a, 0, 0);
      return co(groupCo({ op: 'setsid' }));
    },
    // glibc's killpg: kill(-pgrp), the caller's group for 0, EINVAL below 0.
    killpg: (_th, a) => {
      const [pgid, sig] = pidArg('killpg', a, 2);
      if (pgid! < 0) throw osErr('InvalidArgument');
      return co(groupCo({ op: 'kill', pid: -pgid!, sig: sig! }));
    },
  };
}

function posixOnly(interp: Interpreter): boolean {
  return interp.info.platform !== 'windows';
}

export function makeOs(interp: Interpreter): PyModule {
  const m = new PyModule('os');
  const set = (k: string, v: Value): void => m.ns.setStr(k, v);
  const def = (name: string, f: import('../objects/function.js').NativeFn): void => set(name, fn(name, f, 'os'));
  const win = interp.info.platform === 'windows';
  set('name', win ? 'nt' : 'posix');
  set('sep', win ? '\\' : '/');
  set('altsep', win ? '/' : null);
  set('linesep', win ? '\r\n' : '\n');
  set('pathsep', win ? ';' : ':');
  set('curdir', '.');
  set('pardir', '..');
  set('extsep', '.');
  set('devnull', win ? 'nul' : '/dev/null');
  const environ = new PyDict(environType());
  const given = interp.state.get('os.environ') as Record<string, string> | undefined;
  for (const [k, v] of Object.entries({ ...ENVIRON, ...given })) environ.setStr(k, v);
  set('environ', environ);
  for (const [name, f] of Object.entries(execFunctions(environ))) def(name, f);
  for (const [name, f] of Object.entries(fileFunctions())) def(name, f);
  // Windows' os has no pread or pwrite.
  for (const [name, f] of Object.entries(fdFunctions())) if (!win || (name !== 'pread' && name !== 'pwrite')) def(name, f);
  for (const [name, v] of Object.entries(fdConstants(win))) set(name, v);
  // os.walk, os.scandir, ... (stdlib/_oswalk.py) and os.strerror, os.access, ... (stdlib/_osmisc.py) are written in
  // Python; a module is imported, at its cost in virtual time, the first time a program asks os for one of its names.
  // A name the module does not define on this platform (os.uname on Windows) stays missing.
  def('__getattr__', (th, a) => {
    const name = strValue(one('__getattr__', a));
    const from = name === undefined ? undefined : LAZY[name];
    if (from === undefined) throw attrErr(`module 'os' has no attribute '${name ?? ''}'`);
    return co(
      (function* () {
        const mod = (yield callReq(th.interp.builtins.getStr('__import__')!, [from])) as PyModule;
        for (const [n, src] of Object.entries(LAZY)) {
          const v = src === from ? mod.ns.getStr(n) : undefined;
          if (v !== undefined) m.ns.setStr(n, v);
        }
        const v = mod.ns.getStr(name!);
        if (v === undefined) throw attrErr(`module 'os' has no attribute '${name}'`);
        return v;
      })(),
    );
  });
  set('error', E.OSError!);
  for (const [k, v] of Object.entries({ F_OK: 0, X_OK: 1, W_OK: 2, R_OK: 4 })) set(k, v);
  set('path', makePosixpath(interp));
  def('getpid', (th) => th.interp.info.pid);
  def('getppid', () => co((function* () { return (yield sysReq({ op: 'getppid' })) as number; })()));
  def('cpu_count', (th) => th.interp.info.cpus);
  def('getcwd', (th) => th.interp.cwd);
  def('getenv', (_th, a, kw) => {
    const [key, dflt] = params('getenv', a, kw, ['key', 'default'], 0, 1);
    return environ.getStr(pathArg(key, 'getenv')) ?? dflt ?? null;
  });
  def('putenv', (_th, a) => {
    environ.setStr(String(a[0]), a[1]!);
    return null;
  });
  def('chdir', (th, a) => {
    const p = pathArg(one('chdir', a), 'chdir');
    const abs = absPath(th.interp.cwd, p);
    return co(
      (function* () {
        const st = yield* fs({ fn: 'stat', path: abs }, p);
        if (fsKind(st) !== 'dir') throw osErr('NotADirectoryError', p);
        th.interp.cwd = abs;
        return null;
      })(),
    );
  });
  def('listdir', (th, a) => {
    const p = a.length === 0 ? '.' : pathArg(a[0], 'listdir');
    const abs = absPath(th.interp.cwd, p);
    return co(
      (function* () {
        return new PyList((yield* fs({ fn: 'listdir', path: abs }, p)) as string[]);
      })(),
    );
  });
  def('mkdir', (th, a) => {
    const p = pathArg(a[0], 'mkdir');
    const abs = absPath(th.interp.cwd, p);
    return co(
      (function* () {
        yield* fs({ fn: 'mkdir', path: abs }, p);
        return null;
      })(),
    );
  });
  def('makedirs', (th, a, kw) => {
    const [name, , existOk] = params('makedirs', a, kw, ['name', 'mode', 'exist_ok'], 0, 1);
    const p = pathArg(name, 'makedirs');
    const abs = absPath(th.interp.cwd, p);
    return co(
      (function* () {
        const parts = abs.split('/').filter(Boolean);
        for (let i = 1; i <= parts.length; i++) {
          const dir = `/${parts.slice(0, i).join('/')}`;
          const st = fsKind(yield sysReq({ op: 'fs', call: { fn: 'stat', path: dir } }));
          if (st === 'dir') {
            if (i === parts.length && existOk !== true) throw osErr('FileExistsError', p);
            continue;
          }
          if (st === 'file') throw osErr(i === parts.length ? 'FileExistsError' : 'NotADirectoryError', p);
          yield* fs({ fn: 'mkdir', path: dir }, p);
        }
        return null;
      })(),
    );
  });
  for (const name of ['remove', 'unlink']) {
    def(name, (th, a) => {
      const p = pathArg(a[0], name);
      return co((function* () { yield* fs({ fn: 'remove', path: absPath(th.interp.cwd, p) }, p); return null; })());
    });
  }
  def('rmdir', (th, a) => {
    const p = pathArg(a[0], 'rmdir');
    const abs = absPath(th.interp.cwd, p);
    return co(
      (function* () {
        yield* fs({ fn: 'rmdir', path: abs }, p);
        return null;
      })(),
    );
  });
  def('removedirs', (th, a) => {
    const p = pathArg(a[0], 'removedirs');
    const abs = absPath(th.interp.cwd, p);
    return co(
      (function* () {
        let dir = abs;
        for (let first = true; dir !== '/' && dir !== ''; first = false) {
          if (first) yield* fs({ fn: 'rmdir', path: dir }, p);
          else if (isErr(yield sysReq({ op: 'fs', call: { fn: 'rmdir', path: dir } }))) break;
          dir = dir.slice(0, dir.lastIndexOf('/'));
          if (dir === th.interp.cwd || dir === '') break;
        }
        return null;
      })(),
    );
  });
  def('_exit', (_th, a) => co((function* () { yield sysReq({ op: 'exit', status: intArg(one('_exit', a)) & 0xff }); return null; })()));
  def('kill', (_th, a) => {
    unpack('kill', a, 2, 2);
    const pid = intArg(a[0]!);
    const sig = intArg(a[1]!);
    return co(
      (function* () {
        const r = yield sysReq({ op: 'kill', pid, sig });
        if (isErr(r)) {
          if (r.err === 'EPERM') throw osErr('PermissionError', undefined, [1, 'Operation not permitted']);
          throw osErr(r.err === 'EINVAL' ? 'InvalidArgument' : 'ProcessLookupError');
        }
        return null;
      })(),
    );
  });
  def('urandom', (th, a) => {
    const n = intArg(one('urandom', a));
    if (n < 0) throw valueErr('negative argument not allowed');
    return new PyBytes(urandom(th.interp, n));
  });
  if (posixOnly(interp)) {
    def('fork', (th) => {
      checkForkable(th);
      return forkCoro(th);
    });
    def('register_at_fork', (th, a, kw) => {
      if (a.length > 0) throw typeErr('register_at_fork() takes no positional arguments');
      const k = kwargs('register_at_fork', kw, ['before', 'after_in_child', 'after_in_parent']);
      // A hook passed as None is not callable either (CPython checks every argument given).
      const given = (['before', 'after_in_child', 'after_in_parent'] as const).filter((n) => k[n] !== undefined);
      if (given.length === 0) throw typeErr('At least one argument is required.');
      for (const n of given) if (!isCallable(k[n]!)) throw typeErr(`'${n}' must be callable, not ${typeOf(k[n]!).name}`);
      const hooks = atFork(th.interp);
      if (k.before !== undefined) hooks.before.push(k.before);
      if (k.after_in_child !== undefined) hooks.child.push(k.after_in_child);
      if (k.after_in_parent !== undefined) hooks.parent.push(k.after_in_parent);
      return null;
    });
    def('wait', () => co(waitCo(-1, 0)));
    def('waitpid', (_th, a) => {
      unpack('waitpid', a, 2, 2);
      return co(waitCo(intArg(a[0]!), intArg(a[1]!)));
    });
    // The kernel's load average (kernel/loadavg.ts); Windows' os has no getloadavg.
    def('getloadavg', (_th, a) => {
      unpack('getloadavg', a, 0, 0);
      return co(
        (function* () {
          const avg = (yield sysReq({ op: 'loadavg' })) as [number, number, number];
          return new PyTuple(avg.map(float));
        })(),
      );
    });
    set('WNOHANG', 1);
    set('WUNTRACED', 2);
    set('WCONTINUED', 8);
    def('WIFEXITED', (_th, a) => wifexited(intArg(one('WIFEXITED', a))));
    def('WEXITSTATUS', (_th, a) => wexitstatus(intArg(one('WEXITSTATUS', a))));
    def('WIFSIGNALED', (_th, a) => wifsignaled(intArg(one('WIFSIGNALED', a))));
    def('WTERMSIG', (_th, a) => wtermsig(intArg(one('WTERMSIG', a))));
    def('WIFSTOPPED', (_th, a) => wifstopped(intArg(one('WIFSTOPPED', a))));
    def('WSTOPSIG', (_th, a) => wstopsig(intArg(one('WSTOPSIG', a))));
    def('WIFCONTINUED', (_th, a) => wifcontinued(intArg(one('WIFCONTINUED', a))));
    def('WCOREDUMP', () => false);
    def('getuid', () => 1000);
    def('getgid', () => 1000);
    def('geteuid', () => 1000);
    def('getegid', () => 1000);
    for (const [name, f] of Object.entries(groupFunctions())) def(name, f);
    def('getlogin', () => 'user');
    // nice(2): the kernel's nice value of the calling process (its scheduling weight under the fair policy).
    def('nice', (_th, a) => {
      const inc = intArg(one('nice', a));
      return co((function* () { return (yield sysReq({ op: 'nice', inc })) as number; })());
    });
  } else {
    def('waitpid', (_th, a) => co(waitCo(intArg(a[0]!), 0)));
  }
  def('waitstatus_to_exitcode', (_th, a, kw) => {
    const [status] = params('waitstatus_to_exitcode', a, kw, ['status'], 0, 1);
    const w = intArg(status!);
    if (wifexited(w) || wifsignaled(w)) return waitstatusToExitcode(w);
    if (wifstopped(w)) throw valueErr(`process stopped by delivery of signal ${wstopsig(w)}`);
    throw valueErr(`invalid wait status: ${w}`);
  });
  // /bin/sh -c on the virtual commands: the wait status (exit code << 8), output to the terminal.
  def('system', (th, a) => {
    const cmd = strValue(one('system', a));
    if (cmd === undefined) throw typeErr(`system() argument 'command' must be str, not ${typeOf(a[0]!).name}`);
    return co((function* () { return (yield* shellCo(th, cmd, false))[0]; })());
  });
  // os.popen(cmd) for reading: a file of the command's output; close() gives None or its wait status.
  def('popen', (th, a, kw) => {
    const [cmd, mode] = params('popen', a, kw, ['cmd', 'mode', 'buffering']);
    const c = strValue(cmd ?? null);
    if (c === undefined) throw typeErr(`invalid cmd type (${typeOf(cmd ?? null).name}, expected string)`);
    if (mode !== undefined && mode !== 'r') throw exc(E.NotImplementedError!, `forkscope's os.popen reads a command's output (mode 'r'), not mode ${JSON.stringify(strValue(mode) ?? '?')}`);
    return co(
      (function* () {
        const [status, out] = yield* shellCo(th, c, true);
        const f = new PyFile(c, 'r', -1, '');
        f.text = out;
        f.closeResult = status === 0 ? null : status;
        return f;
      })(),
    );
  });
  void kwargs;
  return m;
}
