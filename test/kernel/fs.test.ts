/**
 * The virtual file system's calls on their own: what stat tells, rename(2)'s rules, the
 * times entries change, and the footprint a rename leaves for the explorer.
 */
import { describe, expect, it } from 'vitest';
import { fsCall, fsTouch, preload } from '../../src/kernel/fs.js';
import type { Footprint } from '../../src/kernel/footprint.js';
import type { FsCall } from '../../src/kernel/syscalls.js';
import type { KernelState } from '../../src/kernel/types.js';

function machine(files: Record<string, string>, clock = 0): KernelState {
  const fs: KernelState['fs'] = { '/': { kind: 'dir' } };
  preload(fs, files);
  return { fs, clock, objects: [] } as unknown as KernelState;
}

const call = (s: KernelState, c: FsCall): unknown => fsCall(s, c);

describe('stat', () => {
  it('tells kind, size in bytes and the time of the last change', () => {
    const s = machine({ '/d/a.txt': 'héllo', '/d/bin': '\udcff\udc80ab', '/d/e/': '' });
    expect(call(s, { fn: 'stat', path: '/d/a.txt' })).toEqual({ kind: 'file', size: 6, mtime: 0 });
    // Binary files hold their bytes as surrogateescape text: each escaped byte is one byte.
    expect(call(s, { fn: 'stat', path: '/d/bin' })).toEqual({ kind: 'file', size: 4, mtime: 0 });
    expect(call(s, { fn: 'stat', path: '/d/e' })).toEqual({ kind: 'dir', size: 0, mtime: 0 });
    expect(call(s, { fn: 'stat', path: '/d/none' })).toEqual({ err: 'ENOENT' });
    s.clock = 7_000;
    call(s, { fn: 'write', path: '/d/a.txt', text: '😀', append: false });
    expect(call(s, { fn: 'stat', path: '/d/a.txt' })).toEqual({ kind: 'file', size: 4, mtime: 7_000 });
  });

  it("moves a directory's time when an entry appears or goes, not when a file in it is rewritten", () => {
    const s = machine({ '/d/a.txt': 'x' });
    const dirTime = (): unknown => (call(s, { fn: 'stat', path: '/d' }) as { mtime: number }).mtime;
    s.clock = 10;
    call(s, { fn: 'write', path: '/d/a.txt', text: 'y', append: false });
    expect(dirTime()).toBe(0);
    s.clock = 20;
    call(s, { fn: 'write', path: '/d/b.txt', text: 'new', append: false });
    expect(dirTime()).toBe(20);
    s.clock = 30;
    call(s, { fn: 'remove', path: '/d/b.txt' });
    expect(dirTime()).toBe(30);
    s.clock = 40;
    call(s, { fn: 'mkdir', path: '/d/sub' });
    expect(dirTime()).toBe(40);
  });

  it('replaces nodes instead of changing them (machines share the nodes they were booted with)', () => {
    const s = machine({ '/d/a.txt': 'x' });
    const before = s.fs['/d'];
    s.clock = 5;
    call(s, { fn: 'write', path: '/d/b.txt', text: '', append: false });
    expect(before).toEqual({ kind: 'dir' });
    expect(s.fs['/d']).not.toBe(before);
  });
});

describe('rename', () => {
  it('moves a file, replacing a file already at the new name', () => {
    const s = machine({ '/d/a': 'A', '/d/b': 'B' });
    expect(call(s, { fn: 'rename', path: '/d/a', to: '/d/b' })).toBeNull();
    expect(call(s, { fn: 'read', path: '/d/b' })).toBe('A');
    expect(call(s, { fn: 'listdir', path: '/d' })).toEqual(['b']);
  });

  it('moves a directory with everything under it', () => {
    const s = machine({ '/d/x/y/f': 'F', '/d/x/g': 'G', '/e/': '' });
    expect(call(s, { fn: 'rename', path: '/d/x', to: '/e/z' })).toBeNull();
    expect(Object.keys(s.fs).filter((p) => p.startsWith('/e/') || p.startsWith('/d/')).sort()).toEqual(['/e/z', '/e/z/g', '/e/z/y', '/e/z/y/f']);
    expect(call(s, { fn: 'read', path: '/e/z/y/f' })).toBe('F');
  });

  it('refuses what rename(2) refuses', () => {
    const s = machine({ '/d/f': '', '/d/x/in': '', '/d/empty/': '', '/d/full/g': '' });
    const r = (path: string, to: string): unknown => call(s, { fn: 'rename', path, to });
    expect(r('/d/none', '/d/n2')).toEqual({ err: 'ENOENT' });
    expect(r('/d/f', '/nodir/f')).toEqual({ err: 'ENOENT' });
    expect(r('/d/x', '/d/x/inside')).toEqual({ err: 'EINVAL' });
    expect(r('/d/f', '/d/empty')).toEqual({ err: 'EISDIR' });
    expect(r('/d/x', '/d/f')).toEqual({ err: 'ENOTDIR' });
    expect(r('/d/x', '/d/full')).toEqual({ err: 'ENOTEMPTY' });
    expect(r('/d/x', '/d/empty')).toBeNull();
    expect(call(s, { fn: 'read', path: '/d/empty/in' })).toBe('');
    expect(r('/d/f', '/d/f')).toBeNull();
  });

  it('touches both names, both directories and every path under a renamed directory', () => {
    const s = machine({ '/d/x/y': '', '/e/': '' });
    const touched: string[] = [];
    const fp = { file: (path: string, write: boolean) => touched.push(`${path}:${write ? 'w' : 'r'}`) } as unknown as Footprint;
    fsTouch(fp, s, { fn: 'rename', path: '/d/x', to: '/e/x' });
    expect(touched).toEqual(['/d/x:w', '/d:w', '/d/x/y:w', '/e/x:w', '/e:w']);
  });
});
