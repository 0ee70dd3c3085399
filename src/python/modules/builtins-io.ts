/** print, input and open: the builtins that talk to the terminal and the file system. */
import { type Gen, sysReq, callReq } from '../objects/coro.js';
import { E, exc, osErr, typeErr, valueErr } from '../objects/exceptions.js';
import { fn, kwargs, params } from '../objects/native.js';
import type { Value } from '../objects/object.js';
import { typeOf } from '../objects/types.js';
import { fsKind, isErr } from '../../kernel/syscalls.js';
import type { Thread } from '../objects/thread.js';
import { Coro } from '../objects/coro.js';
import { quickStr, strCo } from '../runtime/repr.js';
import { getAttrCo } from '../runtime/attr.js';
import { PyFile, flushCo, writeCo } from '../types/file.js';
import { strValue } from '../types/str.js';
import { absPath } from './paths.js';
import { entryOf } from '../runtime/fdtable.js';
import { stdio, sysStream } from './stdio.js';

function textArg(v: Value | undefined, what: string, dflt: string): string {
  if (v === undefined || v === null) return dflt;
  const s = strValue(v);
  if (s === undefined) throw typeErr(`${what} must be None or a string, not ${typeOf(v).name}`);
  return s;
}

function* printCo(th: Thread, args: Value[], kw: Map<string, Value> | null): Gen {
  const k = kwargs('print', kw, ['sep', 'end', 'file', 'flush']);
  const sep = textArg(k.sep, 'sep', ' ');
  const end = textArg(k.end, 'end', '\n');
  const file = k.file === undefined || k.file === null ? sysStream(th.interp, 'stdout') : k.file;
  if (file === null) return null;
  if (file instanceof PyFile && file.buffering === 'none') {
    // Unbuffered (python -u): each argument, separator and the end is a write of its own.
    for (let i = 0; i < args.length; i++) {
      if (i > 0) yield* writeCo(file, sep);
      const v = args[i]!;
      yield* writeCo(file, quickStr(v) ?? (yield* strCo(th, v)));
    }
    yield* writeCo(file, end);
    return null;
  }
  let text = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) text += sep;
    const v = args[i]!;
    text += quickStr(v) ?? (yield* strCo(th, v));
  }
  if (file instanceof PyFile) {
    yield* writeCo(file, text);
    yield* writeCo(file, end);
    if (k.flush !== undefined && k.flush !== null && k.flush !== false && k.flush !== 0) yield* flushCo(file);
    return null;
  }
  const write = yield* getAttrCo(th, file, 'write');
  if (text !== '' || args.length > 0) yield callReq(write, [text]);
  yield callReq(write, [end]);
  return null;
}

function* inputCo(th: Thread, prompt: Value | undefined): Gen {
  const io = stdio(th.interp);
  // input() flushes stdout and stderr before it prompts, and the prompt after.
  yield* flushCo(io.stdout);
  yield* flushCo(io.stderr);
  if (prompt !== undefined) {
    const p = yield* strCo(th, prompt);
    yield* writeCo(io.stdout, p);
    yield* flushCo(io.stdout);
  }
  // A multiprocessing child's stdin is /dev/null (its sys.stdin no longer reads fd 0).
  const line = io.stdin.fd === 0 ? yield sysReq({ op: 'read', fd: 0, line: true }) : '';
  if (typeof line !== 'string' || line === '') throw exc(E.EOFError!, 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

const MODES = /^(?=.*[rwax])(?!.*([rwaxbt+]).*\1)[rwaxbt+]+$/;

function* openCo(th: Thread, args: Value[], kw: Map<string, Value> | null): Gen {
  const [file, modeArg, , encoding, , , closefd] = params('open', args, kw, ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 0, 1);
  const fd = typeof file === 'number' ? file : typeof file === 'bigint' ? Number(file) : undefined;
  const name = fd === undefined ? strValue(file!) : '';
  if (name === undefined) throw typeErr(`expected str, bytes or os.PathLike object, not ${typeOf(file!).name}`);
  const mode = modeArg === undefined ? 'r' : strValue(modeArg);
  if (mode === undefined) throw typeErr(`open() argument 'mode' must be str, not ${typeOf(modeArg!).name}`);
  if (!MODES.test(mode) || (mode.match(/[rwax]/g) ?? []).length > 1) throw valueErr(`invalid mode: '${mode}'`);
  const binary = mode.includes('b');
  if (binary && encoding !== undefined && encoding !== null) throw valueErr("binary mode doesn't take an encoding argument");
  const enc = typeof encoding === 'string' ? encoding : 'UTF-8';
  if (fd !== undefined) return fdFile(th, fd, mode, binary, enc, closefd === undefined || closefd === null || closefd === true || closefd === 1);
  const path = absPath(th.interp.cwd, name);
  const f = new PyFile(name, mode, -1, path, binary, enc);
  if (mode.includes('r')) {
    const r = yield sysReq({ op: 'fs', call: { fn: 'read', path } });
    if (isErr(r)) throw osErr(r.err === 'EISDIR' ? 'IsADirectoryError' : 'FileNotFoundError', name);
    f.text = r as string;
  } else {
    const st = yield sysReq({ op: 'fs', call: { fn: 'stat', path } });
    if (fsKind(st) === 'dir') throw osErr('IsADirectoryError', name);
    if (mode.includes('x') && !isErr(st)) throw osErr('FileExistsError', name);
    const r = yield sysReq({ op: 'fs', call: { fn: 'write', path, text: '', append: !mode.includes('w') && !mode.includes('x') } });
    if (isErr(r)) throw osErr(r.err === 'EISDIR' ? 'IsADirectoryError' : 'FileNotFoundError', name);
    if (mode.includes('+')) {
      const c = yield sysReq({ op: 'fs', call: { fn: 'read', path } });
      if (!isErr(c)) f.text = c as string;
    }
  }
  return f;
}

/**
 * open(fd): a file over a descriptor — a standard stream's fd writes through at once; a pipe
 * end or an os.open file reads in chunks and writes what it buffered (types/file.ts).
 */
function fdFile(th: Thread, fd: number, mode: string, binary: boolean, encoding: string, closefd: boolean): PyFile {
  if (fd < 0) throw valueErr('negative file descriptor');
  if (fd <= 2) return new PyFile(fd, mode, fd, '', binary, encoding);
  const e = entryOf(th.interp, fd);
  const f = new PyFile(fd, mode, -1, e.path, binary, encoding);
  f.h = e.h;
  f.hkind = e.kind;
  f.osfd = fd;
  f.closefd = closefd;
  return f;
}

export const IO_FUNCS = {
  print: fn('print', (th, a, kw) => new Coro(printCo(th, a, kw))),
  input: fn('input', (th, a) => {
    if (a.length > 1) throw typeErr(`input expected at most 1 argument, got ${a.length}`);
    return new Coro(inputCo(th, a[0]));
  }),
  open: fn('open', (th, a, kw) => new Coro(openCo(th, a, kw))),
};
