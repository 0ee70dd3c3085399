"""multiprocessing.synchronize: Lock, RLock, Semaphore, BoundedSemaphore, Condition,
Event and Barrier shared between processes (kernel objects).

Reprs, errors and the per-process ownership count are CPython 3.11's: a Lock can be
released by another process, an RLock only by the thread that holds it.
"""

import threading
import time
import _mp
from multiprocessing import context, process

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

SEM_VALUE_MAX = _mp.SEM_VALUE_MAX



def wait_for(wait, predicate, timeout=None):
    """Condition.wait_for for any condition whose wait(timeout) is `wait`
    (this module's Condition and the manager's ConditionProxy)."""
    result = predicate()
    if result:
        return result
    if timeout is not None:
        endtime = time.monotonic() + timeout
    else:
        endtime = None
        waittime = None
    while not result:
        if endtime is not None:
            waittime = endtime - time.monotonic()
            if waittime <= 0:
                break
        wait(waittime)
        result = predicate()
    return result

class SemLock:

    def __init__(self, flavor, value, maxvalue, *, ctx):
        self._semlock = _mp.SemLock(flavor, value, maxvalue, type(self).__name__)
        self._make_methods()

    def _make_methods(self):
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release

    def __enter__(self):
        return self._semlock.__enter__()

    def __exit__(self, *args):
        return self._semlock.__exit__(*args)

    def __getstate__(self):
        context.assert_spawning(self)
        return self._semlock

    def __setstate__(self, state):
        self._semlock = state
        self._make_methods()


class Semaphore(SemLock):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, 'semaphore', value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, 'bounded', value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % \
               (self.__class__.__name__, value, self._semlock.maxvalue)


def _owner_name():
    name = process.current_process().name
    if threading.current_thread().name != 'MainThread':
        name += '|' + threading.current_thread().name
    return name


class Lock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, 'lock', 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = _owner_name()
            elif self._semlock._get_value() == 1:
                name = 'None'
            elif self._semlock._count() > 0:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, 'rlock', 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = _owner_name()
                count = self._semlock._count()
            elif self._semlock._get_value() == 1:
                name, count = 'None', 0
            elif self._semlock._count() > 0:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition:

    def __init__(self, lock=None, *, ctx):
        self._lock = lock or ctx.RLock()
        self._cond = _mp.cond(self._lock._semlock, 'Condition')
        self._make_methods()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._lock, self._cond)

    def __setstate__(self, state):
        self._lock, self._cond = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, 0)

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), \
               'must acquire() condition before using wait()'
        return bool(_mp.cwait(self._cond, timeout))

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        _mp.notify(self._cond, n)

    def notify_all(self):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        _mp.notify(self._cond, -1)

    def wait_for(self, predicate, timeout=None):
        return wait_for(self.wait, predicate, timeout)


class Event:

    def __init__(self, *, ctx):
        self._ev = _mp.event('Event')

    def __getstate__(self):
        context.assert_spawning(self)
        return self._ev

    def __setstate__(self, state):
        self._ev = state

    def is_set(self):
        return _mp.evget(self._ev)

    def set(self):
        _mp.evset(self._ev, True)

    def clear(self):
        _mp.evset(self._ev, False)

    def wait(self, timeout=None):
        return _mp.evwait(self._ev, timeout)

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier:

    def __init__(self, parties, action=None, timeout=None, *, ctx):
        self._b = _mp.barrier(parties, 'Barrier')
        self._action = action
        self._timeout = timeout

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._b, self._action, self._timeout)

    def __setstate__(self, state):
        self._b, self._action, self._timeout = state

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        index = _mp.bwait(self._b, timeout)
        if index < 0:
            raise threading.BrokenBarrierError
        if index == self.parties - 1 and self._action:
            self._action()
        return index

    def reset(self):
        _mp.breset(self._b)

    def abort(self):
        _mp.babort(self._b)

    @property
    def parties(self):
        return _mp.bstate(self._b)[0]

    @property
    def n_waiting(self):
        return _mp.bstate(self._b)[1]

    @property
    def broken(self):
        return _mp.bstate(self._b)[2]

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")
