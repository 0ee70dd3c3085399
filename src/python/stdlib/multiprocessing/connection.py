"""multiprocessing.connection: Pipe() and its Connection ends (kernel pipes).

A message is one pickled object (send/recv) or a byte string (send_bytes/recv_bytes).
recv() on an empty pipe whose every writer is closed raises EOFError; a Connection
may be sent to another process (its handle travels with the message).
"""

import _mp

__all__ = ['Connection', 'Pipe', 'wait']


class Connection:

    def __init__(self, handle, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle.__int__()

    def close(self):
        if self._handle is not None:
            try:
                _mp.close(self._handle)
            finally:
                self._handle = None

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        _mp.send_bytes(self._handle, bytes(buf), offset, size)

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        _mp.send(self._handle, obj)

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = _mp.recv(self._handle, True)
        if maxlength is not None and len(buf) > maxlength:
            self.close()
            raise OSError("bad message length")
        return buf

    def recv(self):
        self._check_closed()
        self._check_readable()
        return _mp.recv(self._handle)

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return _mp.poll(self._handle, timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    """Two connected Connections: both ends read and write, or (duplex=False) (reader, writer)."""
    a, b = _mp.pipe(duplex)
    if duplex:
        return Connection(a), Connection(b)
    return Connection(a, writable=False), Connection(b, readable=False)


def wait(object_list, timeout=None):
    """The Connections (or Process sentinels) of object_list that are ready, waiting up to timeout."""
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [o for o in object_list if _ready(o)]
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return ready
        time.sleep(0.001)


def _ready(o):
    if isinstance(o, Connection):
        return o.poll()
    return _mp.poll(o, 0)
