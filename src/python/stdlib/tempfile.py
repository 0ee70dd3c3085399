"""Temporary files and directories with names nobody else has, on the virtual file system.

Names are `tmp` + 8 characters from a random generator of this process (a forked child
gets its own, as in CPython). gettempdir() is the first of $TMPDIR, $TEMP, $TMP, /tmp,
/var/tmp, /usr/tmp and the current directory where a file can be made. mkstemp returns an
os.open descriptor; TemporaryFile, as on Linux, a file whose name is removed at once (the
open file keeps its data until it is closed).
"""

import os
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkstemp', 'mkdtemp', 'mktemp',
           'gettempdir', 'gettempprefix', 'tempdir', 'template', 'TMP_MAX']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None
_rng_pid = None


def _name():
    global _rng, _rng_pid
    if _rng_pid != os.getpid():
        _rng = _random.Random()
        _rng_pid = os.getpid()
    return ''.join(_rng.choice(_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    """The directory for temporary files (tempdir, once found)."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def _find_tempdir():
    candidates = [os.getenv(name) for name in ('TMPDIR', 'TEMP', 'TMP')]
    candidates = [c for c in candidates if c] + ['/tmp', '/var/tmp', '/usr/tmp', os.getcwd()]
    for directory in candidates:
        directory = os.path.abspath(directory)
        for _ in range(100):
            path = os.path.join(directory, _name())
            try:
                with open(path, 'x'):
                    pass
            except FileExistsError:
                continue
            except OSError:
                break
            os.unlink(path)
            return directory
    raise FileNotFoundError(2, 'No usable temporary directory found in %s' % candidates)


def _parts(suffix, prefix, dir):
    return ('' if suffix is None else suffix, template if prefix is None else prefix,
            gettempdir() if dir is None else dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file, readable and writable only by its user; returns (an os-level fd open on it, its absolute path)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary file name found')


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A new file with no name (removed as soon as it is made), open in mode; its data goes when it is closed."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(path)
        return open(fd, mode, buffering, encoding=encoding, newline=newline, errors=errors)
    except BaseException:
        os.close(fd)
        raise


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory and returns its absolute path; removing it is the caller's job."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name no file has now (unsafe: another process may take it first; use mkdtemp or NamedTemporaryFile)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _name() + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file with a name (`.name`); closing it removes it when delete is true. Other attributes are the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object: name=%r>' % self.name


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A new file, open in mode, whose path is `.name`; it is removed when closed (when delete)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.abspath(os.path.join(dir, prefix + _name() + suffix))
        try:
            if 'w' in mode:
                file = open(path, mode.replace('w', 'x'), buffering, encoding=encoding, newline=newline, errors=errors)
            else:
                open(path, 'x').close()
                file = open(path, mode, buffering, encoding=encoding, newline=newline, errors=errors)
        except FileExistsError:
            continue
        return _TemporaryFileWrapper(file, path, delete)
    raise FileExistsError(17, 'No usable temporary file name found')


class TemporaryDirectory:
    """A new directory (`.name`), removed with everything in it by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done:
            self._done = True
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
