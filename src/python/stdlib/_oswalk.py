"""os.scandir, os.DirEntry, os.walk and os.fspath over the virtual file system.

The os module imports this the first time a program asks it for one of them
(os.__getattr__), so programs that never walk a tree pay nothing for it.
"""

import os


class DirEntry:
    """One entry of a directory as os.scandir lists it; what stat tells is asked once and kept."""

    __slots__ = ('name', 'path', '_stat')

    def __init__(self, directory, name):
        self.name = name
        self.path = os.path.join(directory, name)
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = os.stat(self.path)
        return self._stat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat().st_mode & 0o170000 == 0o040000
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat().st_mode & 0o170000 == 0o100000
        except FileNotFoundError:
            return False

    def is_symlink(self):
        return False

    def inode(self):
        return self.stat().st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class ScandirIterator:
    """The iterator os.scandir returns: the directory's entries, in the order the file system keeps them."""

    def __init__(self, path):
        self._names = iter(os.listdir(path))
        self._path = path

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._path, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


for _cls in (DirEntry, ScandirIterator):
    _cls.__module__ = 'posix'
del _cls


def fspath(path):
    """The str or bytes a path-like object stands for."""
    if isinstance(path, (str, bytes)):
        return path
    try:
        method = type(path).__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__) from None
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str or bytes, not {type(result).__name__}')
    return result


def scandir(path='.'):
    return ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """The directory tree under top, one (dirpath, dirnames, filenames) per directory.

    Top-down, the caller may prune or reorder dirnames in place before the walk descends.
    An error listing a directory goes to onerror (if given) and that directory is skipped.
    """
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    files = []
    for entry in entries:
        (dirs if entry.is_dir() else files).append(entry.name)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            yield from walk(os.path.join(top, name), topdown, onerror, followlinks)
    else:
        for name in dirs:
            yield from walk(os.path.join(top, name), topdown, onerror, followlinks)
        yield top, dirs, files
