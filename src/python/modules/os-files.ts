/**
 * os calls on the virtual file system that tell more than a file's text: os.stat and
 * os.lstat (an `os.stat_result`), os.rename and os.replace (rename(2): one step, a
 * directory with everything under it), and the os.path questions built on them
 * (getmtime, samefile, ...). The file system has no links, owners or access times: a
 * file's mode is 0o644 (0o666 on Windows), a directory's 0o755, both owned by the
 * program's user, and all three times are the virtual time of the entry's last change.
 */
import { type Gen, sysReq, Coro } from '../objects/coro.js';
import { osErr, typeErr } from '../objects/exceptions.js';
import type { NativeFn } from '../objects/function.js';
import { getsets, params } from '../objects/native.js';
import type { PyClass, Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { type FsCall, type FsStat, isErr } from '../../kernel/syscalls.js';
import { float } from '../runtime/arith.js';
import { strValue } from '../types/str.js';
import { structSeq } from '../types/structseq.js';
import { absPath } from './paths.js';
import { EPOCH } from './time.js';

/** The OSError subclass CPython raises for each errno the file system returns. */
const ERRORS: Record<string, string> = {
  ENOENT: 'FileNotFoundError',
  EEXIST: 'FileExistsError',
  ENOTDIR: 'NotADirectoryError',
  EISDIR: 'IsADirectoryError',
  ENOTEMPTY: 'DirectoryNotEmpty',
  EINVAL: 'InvalidArgument',
};

/** The fs syscall for `call`, raising the OSError subclass CPython would (naming both paths of a two-path call). */
export function* fsCo(call: FsCall, name: string, name2?: string): Gen<unknown> {
  const r = yield sysReq({ op: 'fs', call });
  if (isErr(r)) throw osErr(ERRORS[r.err as string] ?? 'OSError', name, undefined, name2);
  return r;
}

/** A path argument: str or bytes (os.PathLike objects are converted by the caller's `os.fspath`). */
export function pathArg(v: Value | undefined, fname: string): string {
  if (v === undefined) throw typeErr(`${fname}() missing required argument 'path' (pos 1)`);
  const s = strValue(v);
  if (s === undefined) throw typeErr(`${fname}: path should be string, bytes or os.PathLike, not ${typeOf(v).name}`);
  return s;
}

const FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'];

/** An os.stat_result: the ten fields of the tuple (whole seconds), and the change time in ns for the float and `_ns` attributes. */
class StatResult extends PyTuple {
  constructor(
    items: Value[],
    cls: PyClass,
    readonly ns: bigint,
  ) {
    super(items, cls);
  }
}

let statClass: PyClass | null = null;

function statResultClass(): PyClass {
  if (statClass !== null) return statClass;
  const cls = structSeq('os', 'stat_result', FIELDS);
  const secs = (_th: unknown, v: Value): Value => float(Number((v as StatResult).ns) / 1e9);
  const ns = (_th: unknown, v: Value): Value => (v as StatResult).ns;
  getsets(cls, {
    st_atime: secs,
    st_mtime: secs,
    st_ctime: secs,
    st_atime_ns: ns,
    st_mtime_ns: ns,
    st_ctime_ns: ns,
    st_blksize: () => 4096,
    st_blocks: (_th, v) => Math.ceil(Number((v as StatResult).items[6]) / 4096) * 8,
  });
  statClass = cls;
  return cls;
}

/** An inode number for a path: stable for the path, as a real file's inode is for the file. */
function inode(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The stat_result of `path`; `mode` for what is not a file or directory (a pipe's 0o10600). */
export function statResult(th: Thread, path: string, st: FsStat, mode?: number): StatResult {
  const win = th.interp.info.platform === 'windows';
  mode ??= st.kind === 'dir' ? (win ? 0o40777 : 0o40755) : win ? 0o100666 : 0o100644;
  const uid = win ? 0 : 1000;
  const ns = BigInt(EPOCH) * 1_000_000_000n + BigInt(st.mtime);
  const secs = Number(ns / 1_000_000_000n);
  const items: Value[] = [mode, inode(path), 2049, st.kind === 'dir' ? 2 : 1, uid, uid, st.size, secs, secs, secs];
  return new StatResult(items, statResultClass(), ns);
}

function* statCo(th: Thread, name: string): Gen<FsStat> {
  return (yield* fsCo({ fn: 'stat', path: absPath(th.interp.cwd, name) }, name)) as FsStat;
}

/** os.stat, os.lstat (no links: the same), os.rename and os.replace. */
export function fileFunctions(): Record<string, NativeFn> {
  const stat =
    (fname: string): NativeFn =>
    (th, a, kw) => {
      const [p] = params(fname, a, kw, ['path', 'dir_fd', 'follow_symlinks'], 0, 1);
      const name = pathArg(p, fname);
      return new Coro((function* () { return statResult(th, absPath(th.interp.cwd, name), yield* statCo(th, name)); })());
    };
  const rename =
    (fname: string, replaces: boolean): NativeFn =>
    (th, a, kw) => {
      const [s, d] = params(fname, a, kw, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'], 0, 2);
      const [src, dst] = [pathArg(s, fname), pathArg(d, fname)];
      const [from, to] = [absPath(th.interp.cwd, src), absPath(th.interp.cwd, dst)];
      return new Coro(
        (function* () {
          // Windows' rename, unlike POSIX's, refuses to replace an existing file; os.replace does on both.
          if (!replaces && th.interp.info.platform === 'windows' && !isErr(yield sysReq({ op: 'fs', call: { fn: 'stat', path: to } }))) {
            throw osErr('FileExistsError', src, [17, 'Cannot create a file when that file already exists'], dst);
          }
          yield* fsCo({ fn: 'rename', path: from, to }, src, dst);
          return null;
        })(),
      );
    };
  return { stat: stat('stat'), lstat: stat('lstat'), rename: rename('rename', false), replace: rename('replace', true) };
}

/** os.path's questions that need what stat tells: sizes, times, identities. */
export function pathFileFunctions(): Record<string, NativeFn> {
  const time = (fname: string): NativeFn => (th, a, kw) => {
    const [p] = params(fname, a, kw, ['filename'], 0, 1);
    const name = pathArg(p, fname);
    return new Coro((function* () { return float(EPOCH + (yield* statCo(th, name)).mtime / 1e9); })());
  };
  return {
    getsize: (th, a, kw) => {
      const [p] = params('getsize', a, kw, ['filename'], 0, 1);
      const name = pathArg(p, 'getsize');
      return new Coro((function* () { return (yield* statCo(th, name)).size; })());
    },
    getmtime: time('getmtime'),
    getatime: time('getatime'),
    getctime: time('getctime'),
    islink: (_th, a, kw) => {
      params('islink', a, kw, ['path'], 0, 1);
      return false;
    },
    lexists: (th, a, kw) => {
      const [p] = params('lexists', a, kw, ['path'], 0, 1);
      const path = absPath(th.interp.cwd, pathArg(p, 'lexists'));
      return new Coro((function* () { return !isErr(yield sysReq({ op: 'fs', call: { fn: 'stat', path } })); })());
    },
    samefile: (th, a, kw) => {
      const [p1, p2] = params('samefile', a, kw, ['f1', 'f2'], 0, 2);
      const [n1, n2] = [pathArg(p1, 'samefile'), pathArg(p2, 'samefile')];
      return new Coro(
        (function* () {
          yield* statCo(th, n1);
          yield* statCo(th, n2);
          return absPath(th.interp.cwd, n1) === absPath(th.interp.cwd, n2);
        })(),
      );
    },
  };
}
