/**
 * os.execv and its family: the process replaces its program (the kernel's exec: same
 * pid, parent and terminal). The new program is another Python file (`python3 prog.py`,
 * or sys.executable) or a virtual command (`echo`, `cat`, ...). As in CPython nothing is
 * flushed first: what a buffered stdout holds is lost with the old program.
 */
import { type Gen, sysReq } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { exc, E, osErr, typeErr, valueErr } from '../objects/exceptions.js';
import type { NativeFn } from '../objects/function.js';
import { Coro } from '../objects/coro.js';
import type { Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { isErr, type Image } from '../../kernel/syscalls.js';
import { strValue } from '../types/str.js';
import { absPath } from './paths.js';

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** A name that runs the Python interpreter. */
const isPython = (th: Thread, file: string): boolean => /^python(3(\.\d+)?)?$/.test(base(file)) || file === executable(th);

function executable(th: Thread): string {
  return th.interp.info.platform === 'windows' ? 'C:\\Python311\\python.exe' : '/usr/bin/python3';
}

function strs(name: string, v: Value): string[] {
  if (!(v instanceof PyList) && !(v instanceof PyTuple)) throw typeErr(`${name}() arg 2 must be a tuple or list`);
  if (v.items.length === 0) throw valueErr(`${name}() arg 2 must not be empty`);
  return v.items.map((x) => {
    const s = strValue(x);
    if (s === undefined) throw typeErr(`expected str, bytes or os.PathLike object, not ${typeOf(x).name}`);
    return s;
  });
}

function envOf(v: Value | undefined): Record<string, string> | undefined {
  if (!(v instanceof PyDict)) return undefined;
  const out: Record<string, string> = {};
  for (const e of v.entries()) if (typeof e.key === 'string' && typeof e.value === 'string') out[e.key] = e.value;
  return out;
}

/** The program `file` with `argv` names: a Python file of the program's, or a virtual command. */
function imageOf(th: Thread, file: string, argv: string[], env: Record<string, string> | undefined): Image {
  if (!isPython(th, file)) return { kind: 'command', label: argv.join(' '), data: JSON.stringify([base(file), ...argv.slice(1)]) };
  const script = argv[1];
  if (script === undefined || script.startsWith('-')) throw exc(E.NotImplementedError!, 'forkscope runs a Python file through os.exec*, not the interactive interpreter or its options');
  // The program's files are known by the paths the loader was given: absolute, or relative to the main file's folder.
  const abs = absPath(th.interp.cwd, script);
  const dir = th.interp.mainPath.includes('/') ? th.interp.mainPath.slice(0, th.interp.mainPath.lastIndexOf('/') + 1) : '';
  const rel = abs.startsWith(`${th.interp.cwd}/`) ? `${dir}${abs.slice(th.interp.cwd.length + 1)}` : abs;
  const main = th.interp.sources[abs] !== undefined ? abs : rel;
  return { kind: 'python', label: base(script), data: JSON.stringify({ main, argv: argv.slice(1), name: '__main__', env }) };
}

function* execCo(th: Thread, file: string, argv: string[], env: Record<string, string> | undefined): Gen {
  const r = yield sysReq({ op: 'exec', image: imageOf(th, file, argv, env) });
  if (isErr(r)) throw osErr('FileNotFoundError');
  return null;
}

/** The exec functions, for os's namespace (POSIX and Windows both have them); `environ` is os.environ. */
export function execFunctions(environ: PyDict): Record<string, NativeFn> {
  const path = (name: string, v: Value | undefined): string => {
    const s = v === undefined ? undefined : strValue(v);
    if (s === undefined) throw typeErr(`${name}() missing required argument 'path' (pos 1)`);
    return s;
  };
  const env = (_th: Thread): Record<string, string> | undefined => envOf(environ);
  const v = (name: string, withEnv: boolean): NativeFn => (th, a) => {
    const file = path(name, a[0]);
    const argv = strs(name, a[1] ?? null);
    return new Coro(execCo(th, file, argv, withEnv ? envOf(a[2]) : env(th)));
  };
  const l = (name: string, via: string, withEnv: boolean): NativeFn => (th, a) => {
    const file = path(name, a[0]);
    const rest = withEnv ? a.slice(1, -1) : a.slice(1);
    return new Coro(execCo(th, file, strs(via, new PyList(rest)), withEnv ? envOf(a[a.length - 1]) : env(th)));
  };
  return {
    execv: v('execv', false),
    execve: v('execve', true),
    execvp: v('execv', false),
    execvpe: v('execve', true),
    execl: l('execl', 'execv', false),
    execle: l('execle', 'execve', true),
    execlp: l('execlp', 'execv', false),
    execlpe: l('execlpe', 'execve', true),
  };
}
