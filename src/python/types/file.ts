/**
 * Text files: the standard streams (fds 0, 1, 2: writes are write syscalls, so
 * output interleaves across processes as on a terminal), open() files on the
 * virtual file system (read whole at open; writes go through at once, appended),
 * and files over a descriptor (open(fd), os.fdopen: a pipe end or an os.open file),
 * which read in chunks and write what they buffered at 8 KiB, flush or close, as
 * CPython's buffered files do.
 */
import { type Gen, sysReq } from '../objects/coro.js';
import { E, exc, osErr, typeErr, valueErr } from '../objects/exceptions.js';
import { getsets, methods, none } from '../objects/native.js';
import { PyClass, PyObject, type Value, c3 } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { decodeSurrogateEscape, encodeSurrogateEscape } from '../runtime/codecs.js';
import { PyBytes } from '../objects/bytes.js';
import { PyList } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { isErr } from '../../kernel/syscalls.js';
import { runOrCoro } from '../runtime/dunder.js';
import type { NativeResult } from '../objects/coro.js';
import type { Thread } from '../objects/thread.js';
import { fileBytes, fileText } from '../../kernel/fs.js';
import { closeFd, fromLatin1, latin1 } from '../runtime/fdtable.js';
import { listOf } from '../runtime/iter.js';
import { addr } from '../runtime/repr.js';
import { strValue } from './str.js';
import type { Interpreter } from '../objects/interpreter.js';

/**
 * How a standard stream's writes reach its fd (kernel/program.ts Buffering): 'print'
 * and 'none' write at once ('print' differs only in print()'s two writes); 'line'
 * holds text until a newline, 'block' until BLOCK characters, both until flush().
 */
export type StreamBuffering = 'print' | 'none' | 'line' | 'block';

/** io.DEFAULT_BUFFER_SIZE. */
export const BLOCK = 8192;

const EMPTY = new Uint8Array(0);

export class PyFile extends PyObject {
  closed = false;
  /** A standard stream's buffering, and the text it holds back (written at flush, exit, or when due). */
  buffering: StreamBuffering = 'print';
  pending = '';
  /** A standard stream connected to the terminal (isatty()); false when it is a pipe ('block'). */
  tty = true;
  /** What close() returns (os.popen's file: the command's wait status when it failed). */
  closeResult: Value = null;
  /** Read buffer (files opened for reading) and position in it. */
  text = '';
  pos = 0;
  /** A file over a descriptor: the kernel handle (-1: not one), what it is, and the descriptor (closed with the file when `closefd`). */
  h = -1;
  hkind: 'pipe' | 'file' = 'file';
  osfd = -1;
  closefd = true;
  /** Bytes read that do not yet end a whole UTF-8 character, and whether the descriptor reached its end. */
  raw: Uint8Array = EMPTY;
  eof = false;
  constructor(
    readonly name: Value,
    readonly mode: string,
    /** The fd for standard streams, or -1 for a file. */
    readonly fd: number,
    /** Absolute path in the virtual file system ('' for streams). */
    readonly path: string,
    readonly binary = false,
    readonly encoding = 'UTF-8',
  ) {
    super(T.TextIOWrapper);
  }

  get readable(): boolean {
    return this.mode.includes('r') || this.mode.includes('+');
  }

  get writable(): boolean {
    return /[wax+]/.test(this.mode);
  }
}

const fileOf = (v: Value): PyFile => {
  if (!(v instanceof PyFile)) throw typeErr(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeOf(v).name}'`);
  return v;
};

function checkOpen(f: PyFile): void {
  if (f.closed) throw valueErr('I/O operation on closed file.');
}

/** Writes text to a file or stream (the syscall the write becomes). */
export function* writeCo(f: PyFile, text: string): Gen<number> {
  checkOpen(f);
  if (!f.writable) throw exc(unsupportedOperation(), 'not writable');
  if (text === '') return 0;
  if (f.h >= 0) {
    f.pending += text;
    if (f.pending.length >= BLOCK) yield* flushCo(f);
    return text.length;
  }
  if (f.fd >= 0 && (f.buffering === 'line' || f.buffering === 'block')) {
    f.pending += text;
    // TextIOWrapper's line_buffering flushes on a newline or carriage return; any buffer when it fills.
    if ((f.buffering === 'line' && /[\n\r]/.test(text)) || f.pending.length >= BLOCK) yield* flushCo(f);
    return text.length;
  }
  if (f.fd >= 0) {
    const r = yield sysReq({ op: 'write', fd: f.fd, text });
    if (isErr(r)) throw osErr('BrokenPipeError');
    return text.length;
  }
  const r = yield sysReq({ op: 'fs', call: { fn: 'write', path: f.path, text, append: true } });
  if (isErr(r)) throw osErr('FileNotFoundError', f.name);
  if (f.mode.includes('+')) {
    // Writes go to the end of the file, and a file open for reading too reads them back after a seek.
    f.text += text;
    f.pos = f.text.length;
  }
  return [...text].length;
}

/** Writes what a standard stream holds back, as one write (flush()). */
export function* flushCo(f: PyFile): Gen<null> {
  if (f.pending === '' || (f.fd < 0 && f.h < 0)) return null;
  const text = f.pending;
  f.pending = '';
  if (f.h >= 0) {
    const data = latin1(fileBytes(text));
    const r = yield sysReq(f.hkind === 'file' ? { op: 'fwrite', h: f.h, data } : { op: 'send', h: f.h, data, repr: `${data.length} bytes`, timeout: null });
    if (isErr(r)) throw r.err === 'EPIPE' ? osErr('BrokenPipeError') : osErr('BadFileDescriptor');
    return null;
  }
  const r = yield sysReq({ op: 'write', fd: f.fd, text });
  if (isErr(r)) throw osErr('BrokenPipeError');
  return null;
}

/** An interpreter's standard streams (modules/stdio.ts makes them, kept in interp.state 'stdio'). */
export interface Stdio {
  stdin: PyFile;
  stdout: PyFile;
  stderr: PyFile;
}

/**
 * Writes what stdout and stderr hold back: at the end of a process that exits through
 * the interpreter, and around multiprocessing's fork and spawn (util._flush_std_streams).
 * No syscall unless a stream is buffered and holds text.
 */
export function* flushStdio(interp: Interpreter): Gen<null> {
  const s = interp.state.get('stdio') as Stdio | undefined;
  if (s === undefined) return null;
  if (!s.stdout.closed) yield* flushCo(s.stdout);
  if (!s.stderr.closed) yield* flushCo(s.stderr);
  return null;
}

/** True when stdout or stderr holds text back. */
export function stdioPending(interp: Interpreter): boolean {
  const s = interp.state.get('stdio') as Stdio | undefined;
  return s !== undefined && (s.stdout.pending !== '' || s.stderr.pending !== '');
}

/** How many leading bytes of `b` end on a whole UTF-8 character (a sequence cut short at the end waits for more). */
function wholeChars(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const x = b[b.length - back]!;
    if ((x & 0xc0) === 0x80) continue;
    const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : x >= 0xc0 ? 2 : 1;
    return need > back ? b.length - back : b.length;
  }
  return b.length;
}

/**
 * Reads a descriptor file's next chunks into its buffer: until a line is there ('line'),
 * `n` characters are ('n' with n), or the end ('all'). A chunk is one read(2) of up to
 * 8 KiB from a file, or one message from a pipe.
 */
function* fillCo(f: PyFile, until: 'line' | 'all' | number): Gen<null> {
  if (f.pos > 0) {
    f.text = f.text.slice(f.pos);
    f.pos = 0;
  }
  while (!f.eof) {
    if (until === 'line' ? f.text.includes('\n') : typeof until === 'number' && f.text.length >= until) break;
    const r = yield sysReq(f.hkind === 'file' ? { op: 'fread', h: f.h, n: BLOCK } : { op: 'recv', h: f.h, timeout: null });
    let chunk: Uint8Array;
    if (isErr(r)) {
      if (r.err !== 'EOF') throw osErr('BadFileDescriptor');
      chunk = EMPTY;
    } else chunk = fromLatin1(r as string);
    if (chunk.length === 0) f.eof = true;
    const all = new Uint8Array(f.raw.length + chunk.length);
    all.set(f.raw);
    all.set(chunk, f.raw.length);
    const n = f.eof ? all.length : wholeChars(all);
    f.text += fileText(all.subarray(0, n));
    f.raw = all.slice(n);
  }
  return null;
}

/** A descriptor file's position as tell() gives it: the descriptor's, less what is read ahead; writes buffered are written first. */
function* tellCo(f: PyFile): Gen<number> {
  yield* flushCo(f);
  const r = yield sysReq({ op: 'lseek', h: f.h, offset: 0, whence: 1 });
  if (isErr(r)) throw osErr(r.err === 'ESPIPE' ? 'OSError' : 'BadFileDescriptor', undefined, r.err === 'ESPIPE' ? [29, 'Illegal seek'] : undefined);
  return (r as number) - fileBytes(f.text.slice(f.pos)).length - f.raw.length;
}

function* seekCo(f: PyFile, offset: number, whence: number): Gen<number> {
  const at = whence === 1 ? (yield* tellCo(f)) + offset : offset;
  yield* flushCo(f);
  const r = yield sysReq({ op: 'lseek', h: f.h, offset: at, whence: whence === 1 ? 0 : whence });
  if (isErr(r)) throw osErr(r.err === 'ESPIPE' ? 'OSError' : 'InvalidArgument', undefined, r.err === 'ESPIPE' ? [29, 'Illegal seek'] : undefined);
  [f.text, f.pos, f.raw, f.eof] = ['', 0, EMPTY, false];
  return r as number;
}

/** Closes a file: writes what it holds back, then closes its descriptor when it owns one. */
function* closeCo(th: Thread, f: PyFile): Gen<Value> {
  if (f.closed) return null;
  yield* flushCo(f);
  f.closed = true;
  if (f.h >= 0 && f.closefd) {
    closeFd(th.interp, f.osfd);
    const r = yield sysReq({ op: 'close', h: f.h });
    if (isErr(r)) throw osErr('BadFileDescriptor');
  }
  return f.closeResult;
}

/** file.close() (what `with` does at its end): at once for a file with nothing to write or close, else through closeCo. */
function closeFile(th: Thread, f: PyFile, result: boolean): NativeResult {
  if (f.closed || (f.pending === '' && (f.h < 0 || !f.closefd))) {
    f.closed = true;
    return result ? f.closeResult : null;
  }
  return runOrCoro(
    (function* () {
      const r = yield* closeCo(th, f);
      return result ? r : null;
    })(),
  );
}

/** The next line of a file being read ('' at the end). */
function* readlineCo(f: PyFile): Gen<string> {
  checkOpen(f);
  if (f.fd === 0) {
    const r = yield sysReq({ op: 'read', fd: 0, line: true });
    return typeof r === 'string' ? r : '';
  }
  if (f.h >= 0) yield* fillCo(f, 'line');
  if (f.pos >= f.text.length) return '';
  const nl = f.text.indexOf('\n', f.pos);
  const end = nl < 0 ? f.text.length : nl + 1;
  const line = f.text.slice(f.pos, end);
  f.pos = end;
  return line;
}

const out = (f: PyFile, s: string): Value => (f.binary ? new PyBytes(encodeSurrogateEscape(s)) : s);

let unsupported: PyClass | null = null;

/** io.UnsupportedOperation (an OSError and a ValueError). */
export function unsupportedOperation(): PyClass {
  if (unsupported) return unsupported;
  const bases = [E.OSError!, E.ValueError!];
  const cls = new PyClass(T.type, 'UnsupportedOperation', bases, new PyDict(), 'io', 'UnsupportedOperation', true, null);
  cls.mro = c3(cls, bases)!;
  unsupported = cls;
  return cls;
}

/** read(n) from what a file holds in its buffer (n < 0: all of it; binary files count bytes). */
function callRead(f: PyFile, n: number): Value {
  const rest = f.text.slice(f.pos);
  if (f.binary && n >= 0) {
    const bytes = encodeSurrogateEscape(rest).slice(0, n);
    f.pos += decodeSurrogateEscape(bytes).length;
    return new PyBytes(bytes);
  }
  const s = n < 0 ? rest : [...rest].slice(0, n).join('');
  f.pos += s.length;
  return out(f, s);
}

methods(T.TextIOWrapper, {
  write: (_th, a) => {
    const f = fileOf(a[0]!);
    const v = a[1]!;
    let text: string | undefined;
    if (f.binary) {
      if (!(v instanceof PyBytes)) throw typeErr(`a bytes-like object is required, not '${typeOf(v).name}'`);
      text = decodeSurrogateEscape(v.data);
    } else {
      text = strValue(v);
      if (text === undefined) throw typeErr(`write() argument must be str, not ${typeOf(v).name}`);
    }
    return runOrCoro(writeCo(f, text));
  },
  writelines: (th, a) =>
    runOrCoro(
      (function* () {
        const f = fileOf(a[0]!);
        for (const x of yield* listOf(th, a[1]!)) {
          const s = strValue(x);
          if (s === undefined) throw typeErr(`write() argument must be str, not ${typeOf(x).name}`);
          yield* writeCo(f, s);
        }
        return null;
      })(),
    ),
  read: (_th, a) => {
    const f = fileOf(a[0]!);
    checkOpen(f);
    if (!f.readable) throw exc(unsupportedOperation(), 'not readable');
    if (f.fd === 0) {
      return runOrCoro(
        (function* () {
          const r = yield sysReq({ op: 'read', fd: 0, line: false });
          return typeof r === 'string' ? r : '';
        })(),
      );
    }
    const n = a[1] === undefined || a[1] === null ? -1 : (a[1] as number);
    if (f.h >= 0 && !(f.eof || (n >= 0 && f.text.length - f.pos >= n))) {
      return runOrCoro(
        (function* () {
          yield* flushCo(f);
          yield* fillCo(f, n < 0 ? 'all' : n);
          return callRead(f, n);
        })(),
      );
    }
    return callRead(f, n);
  },
  readline: (_th, a) => {
    const f = fileOf(a[0]!);
    return runOrCoro(
      (function* () {
        return out(f, yield* readlineCo(f));
      })(),
    );
  },
  readlines: (_th, a) => {
    const f = fileOf(a[0]!);
    return runOrCoro(
      (function* () {
        const lines: Value[] = [];
        for (;;) {
          const l = yield* readlineCo(f);
          if (l === '') return new PyList(lines);
          lines.push(out(f, l));
        }
      })(),
    );
  },
  __iter__: (_th, a) => {
    checkOpen(fileOf(a[0]!));
    return a[0]!;
  },
  __next__: (_th, a) => {
    const f = fileOf(a[0]!);
    return runOrCoro(
      (function* () {
        const l = yield* readlineCo(f);
        if (l === '') throw exc(E.StopIteration!);
        return out(f, l);
      })(),
    );
  },
  close: (th, a) => closeFile(th, fileOf(a[0]!), true),
  flush: (_th, a) => {
    const f = fileOf(a[0]!);
    checkOpen(f);
    return f.pending === '' ? null : runOrCoro(flushCo(f));
  },
  fileno: (_th, a) => {
    const f = fileOf(a[0]!);
    return f.fd >= 0 ? f.fd : f.osfd >= 0 ? f.osfd : 3;
  },
  isatty: (_th, a) => fileOf(a[0]!).fd >= 0 && fileOf(a[0]!).tty,
  readable: (_th, a) => fileOf(a[0]!).readable,
  writable: (_th, a) => fileOf(a[0]!).writable,
  seekable: (_th, a) => fileOf(a[0]!).fd < 0 && fileOf(a[0]!).hkind === 'file',
  tell: (_th, a) => {
    const f = fileOf(a[0]!);
    checkOpen(f);
    return f.h >= 0 ? runOrCoro(tellCo(f)) : f.pos;
  },
  seek: (_th, a) => {
    const f = fileOf(a[0]!);
    checkOpen(f);
    if (f.h >= 0) return runOrCoro(seekCo(f, Number(a[1] ?? 0), Number(a[2] ?? 0)));
    f.pos = Math.max(0, Number(a[1] ?? 0));
    return f.pos;
  },
  __enter__: (_th, a) => {
    checkOpen(fileOf(a[0]!));
    return a[0]!;
  },
  __exit__: (th, a) => closeFile(th, fileOf(a[0]!), false),
  __repr__: (_th, a) => {
    const f = fileOf(a[0]!);
    const name = typeof f.name === 'string' ? `'${f.name}'` : String(f.name);
    return `<_io.TextIOWrapper name=${name} mode='${f.mode}' encoding='${f.encoding.toLowerCase() === 'utf-8' ? 'UTF-8' : f.encoding}'>`;
  },
});
getsets(T.TextIOWrapper, {
  name: (_th, f) => fileOf(f).name,
  mode: (_th, f) => fileOf(f).mode,
  closed: (_th, f) => fileOf(f).closed,
  encoding: (_th, f) => fileOf(f).encoding,
});

export { none, addr };
