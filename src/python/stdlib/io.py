"""io: in-memory text and byte streams (StringIO, BytesIO), and open().

Files opened with open() are forkscope's own file objects (the virtual file system);
this module adds the buffers programs use to capture output, e.g. with
contextlib.redirect_stdout or a logging.StreamHandler.
"""

__all__ = ['StringIO', 'BytesIO', 'open', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'DEFAULT_BUFFER_SIZE']

import builtins

open = builtins.open
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class _Buffer:
    """A seekable buffer of str (StringIO) or bytes (BytesIO): writes overwrite from the position."""

    _closed_message = 'I/O operation on closed file.'

    def __init__(self, initial):
        self._value = initial
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return self._value

    def write(self, s):
        self._check()
        self._check_type(s)
        n = len(s)
        v = self._value
        if self._pos == len(v):
            self._value = v + s
        else:
            if self._pos > len(v):
                v = v + self._pad(self._pos - len(v))
            self._value = v[:self._pos] + s + v[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        v = self._value
        if size is None or size < 0:
            end = len(v)
        else:
            end = min(len(v), self._pos + size)
        out = v[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check()
        v = self._value
        nl = '\n' if isinstance(v, str) else b'\n'
        i = v.find(nl, self._pos)
        end = len(v) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = v[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value) + pos)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._value = self._value[:size]
        return size

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_Buffer):
    """A text stream in memory."""

    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        _Buffer.__init__(self, initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)

    def _pad(self, n):
        return '\0' * n

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None


class BytesIO(_Buffer):
    """A byte stream in memory."""

    def __init__(self, initial_bytes=b''):
        _Buffer.__init__(self, bytes(initial_bytes))

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def write(self, s):
        self._check_type(s)
        return _Buffer.write(self, bytes(s))

    def _pad(self, n):
        return bytes(n)

    def getbuffer(self):
        return bytearray(self._value)


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
