"""Copying, moving and removing files and directory trees, on the virtual file system.

There are no permissions, owners or links to carry over: copy2 and copystat copy what the
file system keeps (the contents), and the `symlinks` options have nothing to follow.
"""

import fnmatch
import os

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move', 'rmtree',
           'Error', 'SameFileError', 'ignore_patterns', 'get_terminal_size']


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not supported on a special file."""


COPY_BUFSIZE = 64 * 1024


def copyfileobj(fsrc, fdst, length=0):
    """Copies what fsrc still has to read into fdst, length characters or bytes at a time."""
    length = length or COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of the file src to dst (replacing dst); returns dst."""
    if _same(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Permission bits: the file system has none to copy; src and dst must exist."""
    os.stat(src)
    os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    """Permission bits and times: the file system keeps only the time of the last change, which is dst's own."""
    os.stat(src)
    os.stat(dst)


def _copy_into(src, dst, metadata):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    metadata(src, dst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies the file src to dst, or into dst when dst is a directory; returns the new file's path."""
    return _copy_into(src, dst, copymode)


def copy2(src, dst, *, follow_symlinks=True):
    """copy, and the metadata copystat copies."""
    return _copy_into(src, dst, copystat)


def ignore_patterns(*patterns):
    """An `ignore` for copytree: the names matching any of the glob-style patterns."""
    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copies the directory tree src to dst (which must not exist unless dirs_exist_ok); returns dst.

    Errors copying single files are gathered and raised at the end as one Error listing
    (src, dst, reason) for each.
    """
    with os.scandir(src) as it:
        entries = list(it)
    ignored = ignore(os.fspath(src), [entry.name for entry in entries]) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes the directory tree at path.

    An error goes to onerror(function, path, exc_info) when given, is skipped when
    ignore_errors, and is raised otherwise.
    """
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    import sys
    try:
        os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        entries = list(os.scandir(path))
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        if entry.is_dir():
            rmtree(entry.path, ignore_errors, onerror)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                onerror(os.unlink, entry.path, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def move(src, dst, copy_function=copy2):
    """Moves a file or directory tree to dst (into dst when it is a directory); returns where it went."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            os.rename(src, dst)
            return real_dst
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    if os.path.isdir(src) and _destinsrc(src, dst):
        raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
    os.rename(src, real_dst)
    return real_dst


def _same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def get_terminal_size(fallback=(80, 24)):
    """COLUMNS and LINES from the environment where set, else the terminal behind stdout, else fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(1)
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
