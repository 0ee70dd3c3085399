/**
 * os.path (posixpath): path strings, and the questions about paths that ask the virtual
 * file system (exists, isdir, getsize, getmtime, ...). There are no links, so realpath is
 * abspath and islink is always False.
 */
import { Coro, sysReq } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { typeErr, valueErr } from '../objects/exceptions.js';
import { fn, one, params } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import type { Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { PyBytes } from '../objects/bytes.js';
import type { Interpreter } from '../objects/interpreter.js';
import { fsKind } from '../../kernel/syscalls.js';
import { absPath, normpath } from './paths.js';
import { pathArg, pathFileFunctions } from './os-files.js';

export function makePosixpath(interp: Interpreter): PyModule {
  const hit = interp.modules.getStr('posixpath');
  if (hit instanceof PyModule) return hit;
  const m = new PyModule('posixpath');
  const def = (name: string, f: import('../objects/function.js').NativeFn): void => m.ns.setStr(name, fn(name, f, 'posixpath'));
  const p = (v: Value | undefined, name: string): string => pathArg(v, name);
  m.ns.setStr('sep', '/');
  def('join', (_th, a) => {
    if (a.length === 0) throw typeErr('join() missing 1 required positional argument: \'a\'');
    let out = p(a[0], 'join');
    for (const x of a.slice(1)) {
      const s = p(x, 'join');
      if (s.startsWith('/')) out = s;
      else if (out === '' || out.endsWith('/')) out += s;
      else out += `/${s}`;
    }
    return out;
  });
  def('basename', (_th, a) => {
    const s = p(one('basename', a), 'basename');
    return s.slice(s.lastIndexOf('/') + 1);
  });
  def('dirname', (_th, a) => {
    const s = p(one('dirname', a), 'dirname');
    const i = s.lastIndexOf('/') + 1;
    const head = s.slice(0, i);
    return head && head !== '/'.repeat(head.length) ? head.replace(/\/+$/, '') : head;
  });
  def('split', (_th, a) => {
    const s = p(one('split', a), 'split');
    const i = s.lastIndexOf('/') + 1;
    let head = s.slice(0, i);
    if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
    return new PyTuple([head, s.slice(i)]);
  });
  def('splitext', (_th, a) => {
    const s = p(one('splitext', a), 'splitext');
    const base = s.slice(s.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return new PyTuple([s, '']);
    const cut = s.length - (base.length - dot);
    return new PyTuple([s.slice(0, cut), s.slice(cut)]);
  });
  def('abspath', (th, a) => absPath(th.interp.cwd, p(one('abspath', a), 'abspath')));
  def('normpath', (_th, a) => normpath(p(one('normpath', a), 'normpath')));
  def('isabs', (_th, a) => p(one('isabs', a), 'isabs').startsWith('/'));
  def('expanduser', (_th, a) => p(one('expanduser', a), 'expanduser').replace(/^~(?=\/|$)/, '/home/user'));
  const stat = (name: string, test: (st: 'file' | 'dir' | null) => boolean): void =>
    def(name, (th, a) => {
      const path = absPath(th.interp.cwd, p(one(name, a), name));
      return new Coro((function* () { return test(fsKind(yield sysReq({ op: 'fs', call: { fn: 'stat', path } }))); })());
    });
  stat('exists', (st) => st !== null);
  stat('isfile', (st) => st === 'file');
  stat('isdir', (st) => st === 'dir');
  for (const [name, f] of Object.entries(pathFileFunctions())) def(name, f);
  def('realpath', (th, a, kw) => {
    const [path] = params('realpath', a, kw, ['filename', 'strict'], 0, 1);
    return absPath(th.interp.cwd, p(path, 'realpath'));
  });
  def('relpath', (th, a, kw) => {
    const [path, start] = params('relpath', a, kw, ['path', 'start'], 0, 1);
    const name = p(path, 'relpath');
    if (name === '') throw valueErr('no path specified');
    const from = absPath(th.interp.cwd, start === undefined || start === null ? '.' : p(start, 'relpath')).split('/').filter(Boolean);
    const to = absPath(th.interp.cwd, name).split('/').filter(Boolean);
    let i = 0;
    while (i < from.length && i < to.length && from[i] === to[i]) i++;
    const parts = [...from.slice(i).map(() => '..'), ...to.slice(i)];
    return parts.length === 0 ? '.' : parts.join('/');
  });
  def('commonprefix', (_th, a) => {
    const list = seq(one('commonprefix', a), 'commonprefix');
    if (list.length === 0) return '';
    const strs = list.map((x) => p(x, 'commonprefix'));
    let prefix = strs[0]!;
    for (const s of strs) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
    return prefix;
  });
  def('commonpath', (_th, a) => {
    const list = seq(one('commonpath', a), 'commonpath');
    if (list.length === 0) throw valueErr('commonpath() arg is an empty sequence');
    const strs = list.map((x) => p(x, 'commonpath'));
    const abs = strs.map((s) => s.startsWith('/'));
    if (abs.some((x) => x !== abs[0])) throw valueErr("Can't mix absolute and relative paths");
    const split = strs.map((s) => s.split('/').filter((c) => c !== '' && c !== '.'));
    let n = 0;
    while (split.every((parts) => n < parts.length && parts[n] === split[0]![n])) n++;
    return (abs[0] ? '/' : '') + split[0]!.slice(0, n).join('/');
  });
  def('normcase', (_th, a) => p(one('normcase', a), 'normcase'));
  def('splitdrive', (_th, a) => new PyTuple([typeOf(one('splitdrive', a)) === T.bytes ? new PyBytes(new Uint8Array()) : '', one('splitdrive', a)]));
  def('ismount', (th, a) => absPath(th.interp.cwd, p(one('ismount', a), 'ismount')) === '/');
  def('expandvars', (th, a) => {
    const s = p(one('expandvars', a), 'expandvars');
    const environ = (th.interp.modules.getStr('os') as PyModule | undefined)?.ns.getStr('environ');
    if (!(environ instanceof PyDict)) return s;
    return s.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
      const v = environ.getStr(name.startsWith('{') ? name.slice(1, -1) : name);
      return typeof v === 'string' ? v : whole;
    });
  });
  interp.modules.setStr('posixpath', m);
  return m;
}

/** The items of a list or tuple argument. */
function seq(v: Value, fname: string): Value[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  throw typeErr(`${fname}() argument must be a list or tuple of paths, not ${typeOf(v).name}`);
}
