"""Paths matching shell wildcards: glob('*.txt'), glob('data/**/*.csv', recursive=True).

Names are listed in the order the file system keeps them (as os.scandir gives them, like
CPython on a real disk, which promises no order: sort the result when order matters).
Names starting with '.' match only a pattern that starts with '.', unless include_hidden.
"""

import fnmatch
import os
import re

__all__ = ['escape', 'glob', 'has_magic', 'iglob']

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the paths matching pathname (relative to root_dir when given)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, one at a time."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    paths = _glob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        first = next(paths, None)
        if first == pathname[:0]:
            first = next(paths, None)
        if first is not None:
            yield first
    yield from paths


def _glob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, dirname, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, dirname, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    for parent in dirs:
        if has_magic(basename):
            if recursive and _is_recursive(basename):
                names = _glob_recursive(root_dir, parent, dironly, include_hidden)
            else:
                names = _glob_pattern(root_dir, parent, basename, dironly, include_hidden)
        else:
            names = _glob_literal(root_dir, parent, basename)
        for name in names:
            yield os.path.join(parent, name)


def _glob_pattern(root_dir, dirname, pattern, dironly, include_hidden):
    names = _listdir(root_dir, dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [name for name in names if not _is_hidden(name)]
    return fnmatch.filter(names, pattern)


def _glob_literal(root_dir, dirname, basename):
    if not basename:
        return [basename] if os.path.isdir(_join(root_dir, dirname)) else []
    return [basename] if os.path.lexists(_join(root_dir, os.path.join(dirname, basename))) else []


def _glob_recursive(root_dir, dirname, dironly, include_hidden):
    yield dirname[:0]
    yield from _walk(root_dir, dirname, dironly, include_hidden)


def _walk(root_dir, dirname, dironly, include_hidden):
    for name in _listdir(root_dir, dirname, dironly):
        if not include_hidden and _is_hidden(name):
            continue
        yield name
        path = os.path.join(dirname, name) if dirname else name
        if os.path.isdir(_join(root_dir, path)):
            for below in _walk(root_dir, path, dironly, include_hidden):
                yield os.path.join(name, below)


def _listdir(root_dir, dirname, dironly):
    """The names in a directory (only its subdirectories when dironly); nothing when it cannot be listed."""
    path = _join(root_dir, dirname) or (b'.' if isinstance(dirname, bytes) else '.')
    try:
        with os.scandir(path) as it:
            return [entry.name for entry in it if not dironly or entry.is_dir()]
    except OSError:
        return []


def _join(root_dir, path):
    return os.path.join(root_dir, path) if root_dir and path else (root_dir or path)


def has_magic(s):
    """Whether s holds a wildcard."""
    return (_MAGIC_BYTES if isinstance(s, bytes) else _MAGIC).search(s) is not None


def _is_hidden(name):
    return name[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """pathname with its wildcards made literal ('[?]' for '?'); a drive or UNC prefix is kept."""
    drive, rest = os.path.splitdrive(pathname)
    magic = _MAGIC_BYTES if isinstance(pathname, bytes) else _MAGIC
    return drive + magic.sub(b'[\\1]' if isinstance(pathname, bytes) else '[\\1]', rest)
