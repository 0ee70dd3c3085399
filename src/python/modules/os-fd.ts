/**
 * os's descriptor calls: os.pipe, os.open (an open file in the kernel, ipc/file.ts), and
 * read, write, pread, pwrite, lseek, ftruncate, close, dup, dup2, fstat, isatty and fdopen on
 * what they return; truncate by path or descriptor.
 * fds 0, 1 and 2 are the standard streams; the others are entries of the process's fd
 * table (fdtable.ts), copied at fork with the kernel handles behind them.
 */
import { Coro, type Gen, callReq, sysReq } from '../objects/coro.js';
import { PyBytes } from '../objects/bytes.js';
import { osErr, typeErr } from '../objects/exceptions.js';
import type { NativeFn } from '../objects/function.js';
import { one, params, unpack } from '../objects/native.js';
import type { Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { type FsStat, isErr } from '../../kernel/syscalls.js';
import { bytesLike } from '../types/bytearray.js';
import { intValue } from '../types/numbers.js';
import { closeFd, entryOf, fromLatin1, hasFd, latin1, openFd } from '../runtime/fdtable.js';
import { fsCo, pathArg, statResult } from './os-files.js';
import { absPath } from './paths.js';
import { stdio } from './stdio.js';

export function intArg(v: Value): number {
  const i = intValue(v);
  if (i === undefined) throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(i);
}

/** open(2)'s flags as each platform numbers them (os.O_*), and lseek's whence (os.SEEK_*). */
export function fdConstants(windows: boolean): Record<string, number> {
  const common = { O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2 };
  if (windows) return { ...common, O_APPEND: 8, O_RANDOM: 16, O_SEQUENTIAL: 32, O_TEMPORARY: 64, O_NOINHERIT: 128, O_CREAT: 256, O_TRUNC: 512, O_EXCL: 1024, O_SHORT_LIVED: 4096, O_TEXT: 16384, O_BINARY: 32768 };
  return { ...common, O_CREAT: 0o100, O_EXCL: 0o200, O_NOCTTY: 0o400, O_TRUNC: 0o1000, O_APPEND: 0o2000, O_NONBLOCK: 0o4000, O_NDELAY: 0o4000, O_DSYNC: 0o10000, O_SYNC: 0o4010000, O_DIRECTORY: 0o200000, O_NOFOLLOW: 0o400000, O_CLOEXEC: 0o2000000, SEEK_DATA: 3, SEEK_HOLE: 4 };
}

/** Leftover bytes of pipe messages read in part (os.read is a byte stream; kernel pipes carry messages). */
function pipeBuffers(th: Thread): Map<number, Uint8Array> {
  let m = th.interp.state.get('os.pipebuf') as Map<number, Uint8Array> | undefined;
  if (m === undefined) {
    m = new Map();
    th.interp.state.set('os.pipebuf', m);
  }
  return m;
}

const illegalSeek = (): never => {
  throw osErr('OSError', undefined, [29, 'Illegal seek']);
};

const co = (g: Gen): Coro => new Coro(g);

function* readCo(th: Thread, fd: number, n: number): Gen {
  if (fd > 2) {
    const e = entryOf(th.interp, fd);
    if (e.kind === 'file') {
      const r = yield sysReq({ op: 'fread', h: e.h, n });
      if (isErr(r)) throw osErr('BadFileDescriptor');
      return new PyBytes(fromLatin1(r as string));
    }
  }
  const bufs = pipeBuffers(th);
  let buf = bufs.get(fd);
  if (buf === undefined || buf.length === 0) {
    if (fd === 0) {
      const line = yield sysReq({ op: 'read', fd: 0, line: false });
      buf = new TextEncoder().encode(typeof line === 'string' ? line : '');
    } else {
      const r = yield sysReq({ op: 'recv', h: entryOf(th.interp, fd).h, timeout: null, more: n });
      if (isErr(r)) {
        if (r.err === 'EOF') return new PyBytes(new Uint8Array(0));
        throw osErr(r.err === 'EBADF' ? 'BadFileDescriptor' : 'OSError');
      }
      buf = fromLatin1(r as string);
    }
  }
  bufs.set(fd, buf.subarray(n));
  return new PyBytes(buf.slice(0, n));
}

function* writeCo(th: Thread, fd: number, data: Uint8Array): Gen {
  if (fd === 1 || fd === 2) {
    yield sysReq({ op: 'write', fd, text: new TextDecoder().decode(data) });
    return data.length;
  }
  const e = entryOf(th.interp, fd);
  const bytes = latin1(data);
  const r = yield sysReq(e.kind === 'file' ? { op: 'fwrite', h: e.h, data: bytes } : { op: 'send', h: e.h, data: bytes, repr: `${data.length} bytes`, timeout: null });
  if (isErr(r)) throw osErr(r.err === 'EPIPE' ? 'BrokenPipeError' : 'BadFileDescriptor');
  return data.length;
}

/** The open file behind fd for the calls that need one (pread, pwrite): a pipe or a standard stream cannot seek. */
function fileEntry(th: Thread, fd: number): { h: number; path: string } {
  if (fd <= 2) illegalSeek();
  const e = entryOf(th.interp, fd);
  if (e.kind !== 'file') illegalSeek();
  return e;
}

/** pread(2) and pwrite(2): at offset, the open file's position kept. */
function* positionedCo(th: Thread, fd: number, offset: number, data: Uint8Array | null, n: number): Gen {
  const e = fileEntry(th, fd);
  if (offset < 0) throw osErr('InvalidArgument');
  const r = yield sysReq(data === null ? { op: 'fread', h: e.h, n, at: offset } : { op: 'fwrite', h: e.h, data: latin1(data), at: offset });
  if (isErr(r)) throw osErr('BadFileDescriptor');
  return data === null ? new PyBytes(fromLatin1(r as string)) : (r as number);
}

/** ftruncate(2): EINVAL for a descriptor not open for writing, a pipe, or a negative length, as Linux answers. */
function* ftruncateCo(th: Thread, fd: number, length: number): Gen {
  const e = fd > 2 ? entryOf(th.interp, fd) : null;
  if (e === null || e.kind !== 'file' || length < 0) throw osErr('InvalidArgument');
  const r = yield sysReq({ op: 'ftruncate', h: e.h, length });
  if (isErr(r)) throw osErr(r.err === 'EBADF' ? 'BadFileDescriptor' : 'InvalidArgument');
  return null;
}

function* closeCo(th: Thread, fd: number): Gen {
  pipeBuffers(th).delete(fd);
  const r = yield sysReq({ op: 'close', h: closeFd(th.interp, fd) });
  if (isErr(r)) throw osErr('BadFileDescriptor');
  return null;
}

/** os.open: the access mode and flags as open(2) reads them, on the platform's numbers. */
function* openCo(th: Thread, name: string, flags: number): Gen {
  const c = fdConstants(th.interp.info.platform === 'windows');
  const access = flags & 3;
  const path = absPath(th.interp.cwd, name);
  const r = yield sysReq({
    op: 'open',
    path,
    read: access === c.O_RDONLY || access === c.O_RDWR,
    write: access === c.O_WRONLY || access === c.O_RDWR,
    append: (flags & c.O_APPEND!) !== 0,
    create: (flags & c.O_CREAT!) !== 0,
    excl: (flags & c.O_EXCL!) !== 0,
    trunc: (flags & c.O_TRUNC!) !== 0,
  });
  if (isErr(r)) throw osErr(r.err === 'EEXIST' ? 'FileExistsError' : r.err === 'EISDIR' ? 'IsADirectoryError' : 'FileNotFoundError', name);
  return openFd(th.interp, r as number, 'file', path);
}

/** os.fstat: an open file's stat_result; a pipe's is a FIFO's (mode 0o10600, size 0). */
function* fstatCo(th: Thread, fd: number): Gen {
  if (fd > 2) {
    const e = entryOf(th.interp, fd);
    if (e.kind === 'file') return statResult(th, e.path, (yield* fsCo({ fn: 'stat', path: e.path }, e.path)) as FsStat);
  }
  return statResult(th, `fd:${fd}`, { kind: 'file', size: 0, mtime: 0 }, fd <= 2 ? 0o20620 : 0o10600);
}

export function fdFunctions(): Record<string, NativeFn> {
  return {
    pipe: (th) =>
      co(
        (function* () {
          const r = (yield sysReq({ op: 'pipe', duplex: false, label: 'os.pipe' })) as [number, number];
          return new PyTuple([openFd(th.interp, r[0]), openFd(th.interp, r[1])]);
        })(),
      ),
    open: (th, a, kw) => {
      const [p, flags] = params('open', a, kw, ['path', 'flags', 'mode', 'dir_fd'], 0, 2);
      return co(openCo(th, pathArg(p, 'open'), intArg(flags!)));
    },
    read: (th, a) => {
      unpack('read', a, 2, 2);
      return co(readCo(th, intArg(a[0]!), intArg(a[1]!)));
    },
    write: (th, a) => {
      unpack('write', a, 2, 2);
      const data = bytesLike(a[1]!);
      if (data === undefined) throw typeErr(`a bytes-like object is required, not '${typeOf(a[1]!).name}'`);
      return co(writeCo(th, intArg(a[0]!), data));
    },
    lseek: (th, a) => {
      unpack('lseek', a, 3, 3);
      const [fd, offset, whence] = [intArg(a[0]!), intArg(a[1]!), intArg(a[2]!)];
      const e = fileEntry(th, fd);
      return co(
        (function* () {
          const r = yield sysReq({ op: 'lseek', h: e.h, offset, whence });
          if (isErr(r)) throw osErr('InvalidArgument');
          return r as number;
        })(),
      );
    },
    pread: (th, a) => {
      unpack('pread', a, 3, 3);
      return co(positionedCo(th, intArg(a[0]!), intArg(a[2]!), null, intArg(a[1]!)));
    },
    pwrite: (th, a) => {
      unpack('pwrite', a, 3, 3);
      const data = bytesLike(a[1]!);
      if (data === undefined) throw typeErr(`a bytes-like object is required, not '${typeOf(a[1]!).name}'`);
      return co(positionedCo(th, intArg(a[0]!), intArg(a[2]!), data, 0));
    },
    ftruncate: (th, a) => {
      unpack('ftruncate', a, 2, 2);
      return co(ftruncateCo(th, intArg(a[0]!), intArg(a[1]!)));
    },
    // truncate(path or fd, length): a descriptor is ftruncate's.
    truncate: (th, a, kw) => {
      const [p, length] = params('truncate', a, kw, ['path', 'length'], 0, 2);
      const n = intArg(length!);
      if (intValue(p!) !== undefined) return co(ftruncateCo(th, intArg(p!), n));
      const name = pathArg(p, 'truncate');
      return co(
        (function* () {
          yield* fsCo({ fn: 'truncate', path: absPath(th.interp.cwd, name), length: n }, name);
          return null;
        })(),
      );
    },
    close: (th, a) => co(closeCo(th, intArg(one('close', a)))),
    dup: (th, a) => {
      const fd = intArg(one('dup', a));
      const e = entryOf(th.interp, fd);
      return co(
        (function* () {
          yield sysReq({ op: 'dup', h: e.h });
          return openFd(th.interp, e.h, e.kind, e.path);
        })(),
      );
    },
    dup2: (th, a, kw) => {
      const [f1, f2] = params('dup2', a, kw, ['fd', 'fd2', 'inheritable'], 0, 2);
      const [fd, fd2] = [intArg(f1!), intArg(f2!)];
      const e = entryOf(th.interp, fd);
      if (fd2 <= 2) throw osErr('OSError', undefined, [95, `Operation not supported: forkscope cannot redirect the standard stream fd ${fd2}`]);
      return co(
        (function* () {
          if (fd2 === fd) return fd2;
          if (hasFd(th.interp, fd2)) yield* closeCo(th, fd2);
          yield sysReq({ op: 'dup', h: e.h });
          return openFd(th.interp, e.h, e.kind, e.path, fd2);
        })(),
      );
    },
    fstat: (th, a) => co(fstatCo(th, intArg(one('fstat', a)))),
    isatty: (th, a) => {
      const fd = intArg(one('isatty', a));
      const io = stdio(th.interp);
      return fd === 0 ? io.stdin.tty : fd === 1 ? io.stdout.tty : fd === 2 ? io.stderr.tty : false;
    },
    // os.fdopen(fd, *args, **kwargs) is open(fd, *args, **kwargs), as in CPython's os.py.
    fdopen: (th, a, kw) => {
      if (a.length === 0) throw typeErr("fdopen() missing 1 required positional argument: 'fd'");
      if (typeof a[0] !== 'number' && typeof a[0] !== 'bigint') throw typeErr(`invalid fd type (${typeOf(a[0]!).name}, expected integer)`);
      return co(
        (function* () {
          return yield callReq(th.interp.builtins.getStr('open')!, a, kw);
        })(),
      );
    },
  };
}
