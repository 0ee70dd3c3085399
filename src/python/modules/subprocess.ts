/**
 * subprocess on the virtual command table: run, call, check_call, check_output,
 * Popen (communicate, wait, poll). Each command is a real child process (spawn)
 * whose output reaches the terminal or, with PIPE, a kernel pipe we read to EOF.
 */
import { forkFailed } from './forking.js';
import type { Stdio } from '../../kernel/types.js';
import { isErr, waitstatusToExitcode } from '../../kernel/syscalls.js';
import { Coro, type Gen, type Kw, sysReq } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, PyBaseException, exc, newExc, osErr, typeErr } from '../objects/exceptions.js';
import { fn, getsets, methods, statics } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { PyClass, PyObject, type Value, c3 } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';
import type { Interpreter } from '../objects/interpreter.js';
import type { Thread } from '../objects/thread.js';
import { listOf } from '../runtime/iter.js';
import { reprCo, strCo } from '../runtime/repr.js';
import { runOrCoro } from '../runtime/dunder.js';
import { strValue } from '../types/str.js';

const PIPE = -1;
const STDOUT = -2;
const DEVNULL = -3;

class PyPopen extends PyObject {
  pid = 0;
  returncode: Value = null;
  /** Our ends of the pipes (kernel handles), or -1. */
  stdin = -1;
  stdout = -1;
  stderr = -1;
  constructor(
    cls: PyClass,
    readonly args: Value,
    readonly text: boolean,
  ) {
    super(cls, new PyDict());
  }
}

let classes: { Popen: PyClass; CompletedProcess: PyClass; CalledProcessError: PyClass; SubprocessError: PyClass; TimeoutExpired: PyClass } | null = null;

/** An exception class of the subprocess module (builtin: shared by every process). */
function excClass(name: string, base: PyClass): PyClass {
  const cls = new PyClass(T.type, name, [base], new PyDict(), 'subprocess', name, true, null);
  cls.mro = c3(cls, [base])!;
  return cls;
}

function* argvOf(th: Thread, args: Value): Gen<string[]> {
  const s = strValue(args);
  if (s !== undefined) return s.split(/\s+/).filter(Boolean);
  const items = yield* listOf(th, args);
  return items.map((x) => {
    const t = strValue(x);
    if (t === undefined) throw typeErr(`expected str, bytes or os.PathLike object, not ${typeOf(x).name}`);
    return t;
  });
}

const decode = (s: string, text: boolean): Value => (text ? s : new PyBytes(new TextEncoder().encode(s)));

/** Starts a command; `opts` are Popen's stdin/stdout/stderr (None, PIPE, DEVNULL, STDOUT). */
function* start(th: Thread, p: PyPopen, stdin: Value, stdout: Value, stderr: Value): Gen<void> {
  const argv = yield* argvOf(th, p.args);
  if (argv.length === 0) throw exc(E.IndexError!, 'list index out of range');
  const stdio: [Stdio | 'inherit', Stdio | 'inherit', Stdio | 'inherit'] = ['inherit', 'inherit', 'inherit'];
  const childEnds: number[] = [];
  const pipe = function* (): Gen<[number, number]> {
    return (yield sysReq({ op: 'pipe', duplex: false, label: `subprocess ${argv[0]}` })) as [number, number];
  };
  if (stdin === PIPE) {
    const [r, w] = yield* pipe();
    stdio[0] = r;
    p.stdin = w;
    childEnds.push(r);
  } else if (stdin === DEVNULL) stdio[0] = 'null';
  if (stdout === PIPE) {
    const [r, w] = yield* pipe();
    stdio[1] = w;
    p.stdout = r;
    childEnds.push(w);
  } else if (stdout === DEVNULL) stdio[1] = 'null';
  if (stderr === PIPE) {
    const [r, w] = yield* pipe();
    stdio[2] = w;
    p.stderr = r;
    childEnds.push(w);
  } else if (stderr === DEVNULL) stdio[2] = 'null';
  else if (stderr === STDOUT) stdio[2] = stdio[1];
  const pid = yield sysReq({ op: 'spawn', opts: { image: { kind: 'command', label: argv.join(' '), data: JSON.stringify(argv) }, stdio } });
  for (const h of childEnds) yield sysReq({ op: 'close', h });
  if (isErr(pid)) {
    // exec failed: the parent's ends of the pipes go too, as CPython closes them.
    for (const h of [p.stdin, p.stdout, p.stderr]) if (h >= 0) yield sysReq({ op: 'close', h });
    p.stdin = p.stdout = p.stderr = -1;
    if (pid.err !== 'ENOENT') throw forkFailed(pid);
    throw osErr('FileNotFoundError', argv[0]!);
  }
  p.pid = pid as number;
}

function* readAll(h: number): Gen<string> {
  let out = '';
  for (;;) {
    const r = yield sysReq({ op: 'recv', h, timeout: null });
    if (isErr(r)) return out;
    out += r as string;
  }
}

function* wait(p: PyPopen): Gen {
  if (p.returncode !== null) return p.returncode;
  const r = yield sysReq({ op: 'wait', pid: p.pid, nohang: false });
  p.returncode = isErr(r) ? 0 : waitstatusToExitcode((r as [number, number])[1]);
  return p.returncode;
}

function* communicate(th: Thread, p: PyPopen, input: Value): Gen<PyTuple> {
  if (p.stdin >= 0) {
    if (input !== null) {
      const s = input instanceof PyBytes ? new TextDecoder().decode(input.data) : yield* strCo(th, input);
      yield sysReq({ op: 'send', h: p.stdin, data: s, repr: JSON.stringify(s), timeout: null });
    }
    yield sysReq({ op: 'close', h: p.stdin });
    p.stdin = -1;
  }
  const out = p.stdout >= 0 ? decode(yield* readAll(p.stdout), p.text) : null;
  const err = p.stderr >= 0 ? decode(yield* readAll(p.stderr), p.text) : null;
  yield* wait(p);
  return new PyTuple([out, err]);
}

/** A command line as /bin/sh splits a simple one: words, with '…' and "…" quoting and \\ escapes. */
export function shellWords(cmd: string): string[] {
  const words: string[] = [];
  let cur: string | null = null;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i]!;
    if (c === "'") {
      const j = cmd.indexOf("'", i + 1);
      cur = (cur ?? '') + cmd.slice(i + 1, j < 0 ? cmd.length : j);
      i = j < 0 ? cmd.length : j;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      for (; j < cmd.length && cmd[j] !== '"'; j++) {
        if (cmd[j] === '\\' && j + 1 < cmd.length) j++;
        s += cmd[j];
      }
      cur = (cur ?? '') + s;
      i = j;
    } else if (c === '\\' && i + 1 < cmd.length) cur = (cur ?? '') + cmd[++i];
    else if (/\s/.test(c)) {
      if (cur !== null) words.push(cur);
      cur = null;
    } else cur = (cur ?? '') + c;
  }
  if (cur !== null) words.push(cur);
  return words;
}

/**
 * `/bin/sh -c cmd` for a simple command line (os.system, os.popen): runs the virtual
 * command with the caller's stdio, or its stdout into a pipe when `capture`, and returns
 * its wait status and what it wrote. A command the machine lacks is sh's "not found", 127.
 */
export function* shellCo(th: Thread, cmd: string, capture: boolean): Gen<[number, string]> {
  if (/[|&;<>`$(){}*?]/.test(cmd.replace(/'[^']*'|"[^"]*"/g, ''))) {
    throw exc(E.NotImplementedError!, `forkscope runs one virtual command through the shell, without pipes, redirection, lists, variables or globs: ${JSON.stringify(cmd)}`);
  }
  const argv = shellWords(cmd);
  if (argv.length === 0) return [0, ''];
  const p = new PyPopen(makeClasses().Popen, new PyList(argv), true);
  try {
    yield* start(th, p, null, capture ? PIPE : null, null);
  } catch (e) {
    if (!(e instanceof PyBaseException) || e.cls !== E.FileNotFoundError) throw e;
    yield sysReq({ op: 'write', fd: 2, text: `sh: 1: ${argv[0]}: not found\n` });
    return [127 << 8, ''];
  }
  const out = p.stdout >= 0 ? yield* readAll(p.stdout) : '';
  if (p.stdout >= 0) yield sysReq({ op: 'close', h: p.stdout });
  const r = yield sysReq({ op: 'wait', pid: p.pid, nohang: false });
  return [isErr(r) ? 0 : (r as [number, number])[1], out];
}

function kwGet(kw: Kw | null, name: string, dflt: Value): Value {
  return kw?.get(name) ?? dflt;
}

function* popen(th: Thread, args: Value, kw: Kw | null): Gen<PyPopen> {
  const text = kwGet(kw, 'text', false) === true || kwGet(kw, 'universal_newlines', false) === true || kwGet(kw, 'encoding', null) !== null;
  const p = new PyPopen(classes!.Popen, args, text);
  const capture = kwGet(kw, 'capture_output', false) === true;
  yield* start(th, p, kwGet(kw, 'stdin', null), capture ? PIPE : kwGet(kw, 'stdout', null), capture ? PIPE : kwGet(kw, 'stderr', null));
  return p;
}

function* calledError(th: Thread, code: Value, args: Value, out: Value, err: Value): Gen<PyBaseException> {
  const e = newExc(classes!.CalledProcessError, [code, args]);
  e.dict!.setStr('returncode', code);
  e.dict!.setStr('cmd', args);
  e.dict!.setStr('output', out);
  e.dict!.setStr('stdout', out);
  e.dict!.setStr('stderr', err);
  e.args = new PyTuple([`Command '${yield* reprCo(th, args)}' returned non-zero exit status ${code}.`]);
  return e;
}

function* run(th: Thread, args: Value[], kw: Kw | null): Gen {
  const p = yield* popen(th, args[0]!, kw);
  const [out, err] = (yield* communicate(th, p, kwGet(kw, 'input', null))).items;
  const cp = new PyObject(classes!.CompletedProcess, new PyDict());
  cp.dict!.setStr('args', args[0]!);
  cp.dict!.setStr('returncode', p.returncode);
  cp.dict!.setStr('stdout', out!);
  cp.dict!.setStr('stderr', err!);
  if (kwGet(kw, 'check', false) === true && p.returncode !== 0) throw yield* calledError(th, p.returncode, args[0]!, out!, err!);
  return cp;
}

function makeClasses(): NonNullable<typeof classes> {
  if (classes) return classes;
  const Popen = builtinClass('subprocess.Popen', T.object, null, 'subprocess', 'Popen');
  const CompletedProcess = builtinClass('subprocess.CompletedProcess', T.object, null, 'subprocess', 'CompletedProcess');
  delete T['subprocess.Popen'];
  delete T['subprocess.CompletedProcess'];
  const SubprocessError = excClass('SubprocessError', E.Exception!);
  classes = { Popen, CompletedProcess, SubprocessError, CalledProcessError: excClass('CalledProcessError', SubprocessError), TimeoutExpired: excClass('TimeoutExpired', SubprocessError) };
  const po = (v: Value): PyPopen => v as PyPopen;
  statics(Popen, { __new__: (th, a, kw) => new Coro(popen(th, a[1]!, kw)) });
  methods(Popen, {
    __init__: () => null,
    communicate: (th, a, kw) => new Coro(communicate(th, po(a[0]!), a[1] ?? kwGet(kw, 'input', null))),
    wait: (_th, a) => new Coro(wait(po(a[0]!))),
    poll: (_th, a) =>
      new Coro(
        (function* () {
          const p = po(a[0]!);
          if (p.returncode !== null) return p.returncode;
          const r = yield sysReq({ op: 'wait', pid: p.pid, nohang: true });
          if (!isErr(r) && (r as [number, number])[0] !== 0) p.returncode = waitstatusToExitcode((r as [number, number])[1]);
          return p.returncode;
        })(),
      ),
    __repr__: (th, a) => runOrCoro((function* () { return `<Popen: returncode: ${yield* reprCo(th, po(a[0]!).returncode)} args: ${yield* reprCo(th, po(a[0]!).args)}>`; })()),
    __enter__: (_th, a) => a[0]!,
    __exit__: (_th, a) => new Coro((function* () { yield* wait(po(a[0]!)); return null; })()),
  });
  getsets(Popen, {
    returncode: (_th, p) => po(p).returncode,
    pid: (_th, p) => po(p).pid,
    args: (_th, p) => po(p).args,
  });
  methods(CompletedProcess, {
    __repr__: (th, a) =>
      runOrCoro(
        (function* () {
          const d = (a[0] as PyObject).dict!;
          let s = `CompletedProcess(args=${yield* reprCo(th, d.getStr('args')!)}, returncode=${yield* reprCo(th, d.getStr('returncode')!)}`;
          if (d.getStr('stdout') !== null) s += `, stdout=${yield* reprCo(th, d.getStr('stdout')!)}`;
          if (d.getStr('stderr') !== null) s += `, stderr=${yield* reprCo(th, d.getStr('stderr')!)}`;
          return `${s})`;
        })(),
      ),
  });
  return classes;
}

export function makeSubprocess(_interp: Interpreter): PyModule {
  const c = makeClasses();
  const m = new PyModule('subprocess');
  const set = (k: string, v: Value): void => m.ns.setStr(k, v);
  set('PIPE', PIPE);
  set('STDOUT', STDOUT);
  set('DEVNULL', DEVNULL);
  for (const [k, v] of Object.entries(c)) set(k, v);
  set('run', fn('run', (th, a, kw) => new Coro(run(th, a, kw)), 'subprocess'));
  set('call', fn('call', (th, a, kw) => new Coro((function* () { const p = yield* popen(th, a[0]!, kw); return yield* wait(p); })()), 'subprocess'));
  set('check_call', fn('check_call', (th, a, kw) => new Coro((function* () {
    const p = yield* popen(th, a[0]!, kw);
    const code = yield* wait(p);
    if (code !== 0) throw yield* calledError(th, code, a[0]!, null, null);
    return 0;
  })()), 'subprocess'));
  set('check_output', fn('check_output', (th, a, kw) => new Coro((function* () {
    const k: Kw = new Map(kw ?? []);
    k.set('stdout', PIPE);
    const p = yield* popen(th, a[0]!, k);
    const [out] = (yield* communicate(th, p, k.get('input') ?? null)).items;
    if (p.returncode !== 0) throw yield* calledError(th, p.returncode, a[0]!, out!, null);
    return out!;
  })()), 'subprocess'));
  void PyList;
  return m;
}
