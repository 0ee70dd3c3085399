/**
 * The virtual file system: directories and text files by absolute path, shared by all
 * processes. Paths arrive normalised (absolute, no '.' or '..', no trailing '/').
 */
import type { Footprint } from './footprint.js';
import type { ErrResult, FsCall, FsStat } from './syscalls.js';
import type { FsNode, KernelState } from './types.js';
import { panic } from './panic.js';

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function fsCall(s: KernelState, call: FsCall): unknown {
  const node = s.fs[call.path];
  switch (call.fn) {
    case 'read':
      if (!node) return enoent();
      return node.kind === 'dir' ? { err: 'EISDIR' } : node.text;
    case 'write': {
      if (node?.kind === 'dir') return { err: 'EISDIR' };
      if (s.fs[parentOf(call.path)]?.kind !== 'dir') return enoent();
      const before = call.append && node?.kind === 'file' ? node.text : '';
      if (!node) touchDir(s, parentOf(call.path));
      s.fs[call.path] = { kind: 'file', text: before + call.text, mtime: s.clock };
      return null;
    }
    case 'stat': {
      if (!node) return enoent();
      const st: FsStat = { kind: node.kind, size: node.kind === 'file' ? byteLength(node.text) : 0, mtime: node.mtime ?? 0 };
      return st;
    }
    case 'listdir': {
      if (!node) return enoent();
      if (node.kind !== 'dir') return { err: 'ENOTDIR' };
      const prefix = call.path === '/' ? '/' : `${call.path}/`;
      return Object.keys(s.fs).filter((p) => p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length));
    }
    case 'mkdir':
      if (node) return { err: 'EEXIST' };
      if (s.fs[parentOf(call.path)]?.kind !== 'dir') return enoent();
      s.fs[call.path] = { kind: 'dir', mtime: s.clock };
      touchDir(s, parentOf(call.path));
      return null;
    case 'remove':
      if (!node) return enoent();
      if (node.kind === 'dir') return { err: 'EISDIR' };
      followOpenFiles(s, call.path, null);
      delete s.fs[call.path];
      touchDir(s, parentOf(call.path));
      return null;
    case 'rmdir': {
      if (!node) return enoent();
      if (node.kind !== 'dir') return { err: 'ENOTDIR' };
      const prefix = `${call.path}/`;
      if (call.path === '/' || Object.keys(s.fs).some((p) => p.startsWith(prefix))) return { err: 'ENOTEMPTY' };
      delete s.fs[call.path];
      touchDir(s, parentOf(call.path));
      return null;
    }
    case 'truncate':
      if (!node) return enoent();
      if (node.kind === 'dir') return { err: 'EISDIR' };
      if (call.length < 0) return { err: 'EINVAL' };
      s.fs[call.path] = { kind: 'file', text: fileText(resized(fileBytes(node.text), call.length)), mtime: s.clock };
      return null;
    case 'rename':
      return rename(s, call.path, call.to);
    default: {
      const never: never = call;
      panic(`unknown fs call ${JSON.stringify(never)}`);
    }
  }
}

const enoent = (): ErrResult => ({ err: 'ENOENT' });

/** The bytes cut to `length`, or grown to it with zero bytes (truncate(2)). */
export function resized(bytes: Uint8Array, length: number): Uint8Array {
  if (length <= bytes.length) return bytes.subarray(0, length);
  const out = new Uint8Array(length);
  out.set(bytes);
  return out;
}

/**
 * rename(2): moves an entry (a directory with everything under it) in one step. An
 * existing file at `to` is replaced; an existing directory only by a directory, and only
 * when empty.
 */
function rename(s: KernelState, from: string, to: string): ErrResult | null {
  const node = s.fs[from];
  if (!node) return enoent();
  if (s.fs[parentOf(to)]?.kind !== 'dir') return enoent();
  if (from === to) return null;
  const target = s.fs[to];
  if (node.kind === 'dir') {
    if (to.startsWith(`${from}/`)) return { err: 'EINVAL' };
    if (target?.kind === 'file') return { err: 'ENOTDIR' };
    if (target && Object.keys(s.fs).some((p) => p.startsWith(`${to}/`))) return { err: 'ENOTEMPTY' };
  } else if (target?.kind === 'dir') return { err: 'EISDIR' };
  if (target?.kind === 'file') followOpenFiles(s, to, null);
  followOpenFiles(s, from, to);
  const moved = node.kind === 'dir' ? Object.keys(s.fs).filter((p) => p.startsWith(`${from}/`)) : [];
  s.fs[to] = node;
  delete s.fs[from];
  for (const p of moved) {
    s.fs[to + p.slice(from.length)] = s.fs[p]!;
    delete s.fs[p];
  }
  touchDir(s, parentOf(from));
  touchDir(s, parentOf(to));
  return null;
}

/**
 * Open files follow their file: a rename moves them to its new path, a removal (`to` null)
 * leaves them holding its text. Called by the file system before it renames or removes `from`.
 */
export function followOpenFiles(s: KernelState, from: string, to: string | null): void {
  const node = s.fs[from];
  for (const chunk of s.objects) {
    for (const o of chunk) {
      if (o.kind !== 'file' || o.refs === 0) continue;
      if (o.path === from) {
        if (to === null) [o.path, o.orphan] = ['', node?.kind === 'file' ? node.text : ''];
        else o.path = to;
      } else if (to !== null && o.path.startsWith(`${from}/`)) o.path = to + o.path.slice(from.length);
    }
  }
}

/** A directory's entries changed: its mtime moves (the node is replaced, never changed: machines share nodes, see loadFiles). */
export function touchDir(s: KernelState, path: string): void {
  if (s.fs[path]?.kind === 'dir') s.fs[path] = { kind: 'dir', mtime: s.clock };
}

/**
 * A file's size in bytes: its text as UTF-8, where the lone surrogates U+DC80–U+DCFF are
 * single bytes (binary files are stored as Python's surrogateescape decoding of their bytes).
 */
function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += c >= 0xdc80 && c < 0xdd00 ? 1 : 3;
  }
  return n;
}

/**
 * A file's bytes: its text as UTF-8, the lone surrogates U+DC80–U+DCFF as the bytes they
 * escape (Python's surrogateescape, which is how binary files are stored).
 */
export function fileBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0xdc80 && cp <= 0xdcff) out.push(cp - 0xdc00);
    else out.push(...utf8.encode(ch));
  }
  return Uint8Array.from(out);
}

/** The text a file's bytes are stored as: UTF-8, with each byte of an invalid sequence escaped as U+DC80–U+DCFF. */
export function fileText(data: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 1) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    if (n > 0 && i + n <= data.length) {
      try {
        out += strictUtf8.decode(data.subarray(i, i + n));
        i += n;
        continue;
      } catch {
        /* not a valid sequence: escape the first byte */
      }
    }
    out += String.fromCharCode(0xdc00 + b);
    i++;
  }
  return out;
}

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The footprint of a file system call: the path it reads or changes, and its directory
 * when the call adds or removes an entry (what listdir sees).
 */
export function fsTouch(fp: Footprint, s: KernelState, call: FsCall): void {
  switch (call.fn) {
    case 'read':
    case 'stat':
    case 'listdir':
      fp.file(call.path, false);
      return;
    case 'write':
      fp.file(call.path, true);
      fp.file(parentOf(call.path), s.fs[call.path] === undefined);
      return;
    case 'truncate':
      fp.file(call.path, true);
      return;
    case 'mkdir':
    case 'remove':
    case 'rmdir':
      fp.file(call.path, true);
      fp.file(parentOf(call.path), true);
      return;
    case 'rename':
      // Both names and their directories change, and so does every path under a renamed directory.
      for (const p of [call.path, call.to]) {
        fp.file(p, true);
        fp.file(parentOf(p), true);
        const prefix = `${p}/`;
        for (const q in s.fs) if (q.startsWith(prefix)) fp.file(q, true);
      }
      return;
    default: {
      const never: never = call;
      panic(`unknown fs call ${JSON.stringify(never)}`);
    }
  }
}

/** Adds files (and their directories) to a file system: path → text; a path ending in '/' is a directory. */
export function preload(fs: KernelState['fs'], files: Record<string, string>): void {
  for (const [entry, text] of Object.entries(files)) {
    const isDir = entry.endsWith('/');
    const path = isDir ? entry.replace(/\/+$/, '') || '/' : entry;
    if (isDir) {
      preload(fs, { [`${path}/.`]: '' });
      delete fs[`${path}/.`];
      continue;
    }
    let dir = parentOf(path);
    const dirs: string[] = [];
    while (dir !== '/' && !fs[dir]) {
      dirs.unshift(dir);
      dir = parentOf(dir);
    }
    for (const d of dirs) fs[d] = { kind: 'dir' };
    fs[path] = { kind: 'file', text };
  }
}

/** The entries made by preload besides '/', per files record (see loadFiles). */
const prepared = new WeakMap<Record<string, string>, [string, FsNode][]>();

/**
 * Adds `files` to a new machine's file system (holding only '/'). Made once per files
 * record and copied after that: a machine boots for every explored run, and file system
 * entries are replaced, never changed in place, so machines can share them. Kept as a
 * list: most machines have no files, and even an empty for-in costs more than the rest of this.
 */
export function loadFiles(fs: KernelState['fs'], files: Record<string, string>): void {
  let p = prepared.get(files);
  if (p === undefined) {
    const made: KernelState['fs'] = { '/': { kind: 'dir' } };
    preload(made, files);
    p = Object.entries(made).filter(([path]) => path !== '/');
    prepared.set(files, p);
  }
  for (let i = 0; i < p.length; i++) fs[p[i]![0]] = p[i]![1];
}
