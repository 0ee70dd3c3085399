"""multiprocessing.queues: Queue, JoinableQueue and SimpleQueue on a kernel queue.

CPython's Queue hands each item to a feeder thread that pickles it into a pipe of
64 KiB. Here put() pickles at once; the kernel queue is that pipe (kernel/ipc/queue.ts):
an item that fits is in it when put() returns, a larger one waits with the process's
feeder until readers make room, and the process cannot finish exiting (nor return
from join_thread()) before it is written, unless cancel_join_thread() was called.
empty() and get_nowait() poll the pipe, as CPython's do: right after a put, the poll
may come before the feeder thread has written the item (the kernel decides, per run).
An item that cannot be pickled is reported on stderr and dropped, as the feeder
thread does; put() itself does not raise.
"""

import _mp
from queue import Empty, Full
from multiprocessing import context

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_qput = _mp.qput
_qget = _mp.qget
_EMPTY = _mp.EMPTY
_FULL = _mp.FULL


class Queue:

    def __init__(self, maxsize=0, *, ctx):
        if maxsize <= 0:
            maxsize = _mp.SEM_VALUE_MAX
        self._h = _mp.queue(maxsize if maxsize < _mp.SEM_VALUE_MAX else 0, type(self).__name__, None, True)
        self._maxsize = maxsize
        self._closed = False
        self._ignore_epipe = False

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._ignore_epipe, self._maxsize, self._h)

    def __setstate__(self, state):
        self._ignore_epipe, self._maxsize, self._h = state
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        try:
            full = _qput(self._h, obj, block, timeout) is _FULL
        except Exception:
            self._feed(obj)
            return
        if full:
            raise Full

    def _feed(self, obj):
        # What the feeder thread does with an item it cannot pickle: report it and drop it.
        try:
            _mp.dumps(obj)
        except Exception:
            _mp.print_exc()

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        item = _qget(self._h, block, timeout)
        if item is _EMPTY:
            raise Empty
        return item

    def qsize(self):
        if _mp.platform == 'macos':
            # CPython counts a semaphore's value, which macOS cannot read.
            raise NotImplementedError()
        return _mp.qsize(self._h)

    def empty(self):
        # A poll of the pipe, as CPython's: it can miss an item whose feeder thread is still writing it.
        return _mp.qempty(self._h)

    def full(self):
        return self._maxsize < _mp.SEM_VALUE_MAX and _mp.qsize(self._h) >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)
        _mp.qflush(self._h)

    def cancel_join_thread(self):
        _mp.qcancel(self._h)


class JoinableQueue(Queue):

    def task_done(self):
        _mp.task_done(self._h)

    def join(self):
        _mp.qjoin(self._h)


class SimpleQueue:

    def __init__(self, *, ctx):
        self._h = _mp.queue(0, 'SimpleQueue')
        self._closed = False

    def __getstate__(self):
        context.assert_spawning(self)
        return self._h

    def __setstate__(self, state):
        self._h = state
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        if self._closed:
            raise OSError("handle is closed")
        return _mp.qempty(self._h)

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return _qget(self._h, True, None)

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        _qput(self._h, obj, True, None)
