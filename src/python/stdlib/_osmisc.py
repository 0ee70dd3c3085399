"""Smaller os calls, written in Python: os.PathLike, strerror, access, umask, uname,
sched_getaffinity, get_terminal_size, fsync, sync, times, wait3 and wait4.

The os module imports this the first time a program asks it for one of them
(os.__getattr__), as it does _oswalk.
"""

import abc
import os
import sys

_POSIX = os.name == 'posix'


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


_MESSAGES = [
    'Success', 'Operation not permitted', 'No such file or directory', 'No such process', 'Interrupted system call',
    'Input/output error', 'No such device or address', 'Argument list too long', 'Exec format error',
    'Bad file descriptor', 'No child processes', 'Resource temporarily unavailable', 'Cannot allocate memory',
    'Permission denied', 'Bad address', 'Block device required', 'Device or resource busy', 'File exists',
    'Invalid cross-device link', 'No such device', 'Not a directory', 'Is a directory', 'Invalid argument',
    'Too many open files in system', 'Too many open files', 'Inappropriate ioctl for device', 'Text file busy',
    'File too large', 'No space left on device', 'Illegal seek', 'Read-only file system', 'Too many links',
    'Broken pipe', 'Numerical argument out of domain', 'Numerical result out of range', 'Resource deadlock avoided',
    'File name too long', 'No locks available', 'Function not implemented', 'Directory not empty',
    'Too many levels of symbolic links']
_MORE = {95: 'Operation not supported', 104: 'Connection reset by peer', 110: 'Connection timed out',
         111: 'Connection refused'}


def strerror(code):
    """Translate an error code to a message string (glibc's words)."""
    if not isinstance(code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(code).__name__)
    if 0 <= code < len(_MESSAGES):
        return _MESSAGES[code]
    return _MORE.get(code, 'Unknown error %d' % code)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether path exists (F_OK) and may be read, written or executed: files are 0o644 and
    directories 0o755, owned by the program's user, so only a file's X_OK is refused."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    if mode & os.X_OK and not os.path.isdir(path):
        return False
    return True


_umask = 0o022


def umask(mask):
    """Set the file mode creation mask; return the previous one (files have no modes here: it is only kept)."""
    global _umask
    old, _umask = _umask, mask & 0o777
    return old


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self


def get_terminal_size(fd=1):
    """The size of the terminal behind fd: 80 columns and 24 lines; OSError when fd is not a terminal."""
    if not os.isatty(fd):
        raise OSError(25, 'Inappropriate ioctl for device')
    return terminal_size((80, 24))


def fsync(fd):
    """Nothing to force to disk in the virtual file system; fd must be open."""
    if hasattr(fd, 'fileno'):
        fd = fd.fileno()
    os.fstat(fd)


def fdatasync(fd):
    fsync(fd)


def sync():
    """Nothing to force to disk in the virtual file system."""


if _POSIX:
    class uname_result(tuple):
        """uname_result: Result from os.uname()."""

        n_fields = n_sequence_fields = 5
        n_unnamed_fields = 0
        _FIELDS = ('sysname', 'nodename', 'release', 'version', 'machine')

        def __repr__(self):
            return 'posix.uname_result(%s)' % ', '.join('%s=%r' % p for p in zip(self._FIELDS, self))

    for _i, _f in enumerate(uname_result._FIELDS):
        setattr(uname_result, _f, property(lambda self, i=_i: self[i]))

    def uname():
        """The simulated machine's identity (the same as platform.uname())."""
        import platform
        u = platform.uname()
        return uname_result((u.system, u.node, u.release, u.version, u.machine))

if sys.platform.startswith('linux'):
    def sched_getaffinity(pid):
        """The CPUs process pid may run on: all of the machine's."""
        return set(range(os.cpu_count()))


class times_result(tuple):
    """os.times()'s result: user, system, children_user, children_system, elapsed (seconds)."""
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    children_user = property(lambda self: self[2])
    children_system = property(lambda self: self[3])
    elapsed = property(lambda self: self[4])

    def __repr__(self):
        return '%s.times_result(user=%r, system=%r, children_user=%r, children_system=%r, elapsed=%r)' % (
            (os.name,) + tuple(self))


def times():
    """CPU times of the process and of its reaped children (no system time is counted), and the time since boot.
    Windows reports no children's times and no elapsed time, as CPython's os.times there."""
    import _forkscope
    import time
    user = _forkscope.cpu_time('self') / 1e9
    if not _POSIX:
        return times_result((user, 0.0, 0.0, 0.0, 0.0))
    return times_result((user, 0.0, _forkscope.cpu_time('children') / 1e9, 0.0, time.monotonic()))


if _POSIX:
    def wait4(pid, options):
        """waitpid(pid, options) and the reaped child's resource usage (its CPU time, with its reaped children's)."""
        import _forkscope
        import resource
        pid, status = os.waitpid(pid, options)
        return pid, status, resource._usage(_forkscope.cpu_time(pid) if pid else 0)

    def wait3(options):
        """wait4 for any child."""
        return wait4(-1, options)
