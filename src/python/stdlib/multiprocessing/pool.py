"""multiprocessing.pool: a Pool of worker processes, built as CPython 3.11 builds it.

The workers are daemon processes started at Pool() (ForkPoolWorker-N / SpawnPoolWorker-N,
from the shared name counter) and reused from task to task. apply_async() and map() hand
their tasks to the task-handler thread of the parent, `Thread-2 (_handle_tasks)`, which
puts them into one kernel queue that idle workers compete for (the kernel's Chooser decides
who wins); results come back through another to the result-handler thread,
`Thread-3 (_handle_results)`, where callbacks run. The worker-handler thread,
`Thread-1 (_handle_workers)`, replaces workers that exit (maxtasksperchild, a crash, or
spawn's bootstrapping RuntimeError) and, once a closed pool has no work left, has the task
handler send every worker its end-of-work sentinel.

Differences from CPython that no output shows: a thread waiting for a result sleeps on a
kernel event of its own (CPython: a threading.Event per result); each worker has a small
watcher thread that wakes the worker handler when the worker exits (CPython's handler waits
on all the sentinels at once); the task queue holds any number of tasks (CPython's pipe
makes the task handler wait once 64 KiB are unread, which only an endless imap() notices).
"""

__all__ = ['Pool', 'ThreadPool']

import itertools
import os
import threading
import time
import _mp
import _thread
from _forkscope import deque
from multiprocessing import util
from multiprocessing.context import TimeoutError

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


#
# Exceptions from workers travel with their traceback as text
#

class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    def __init__(self, exc, tb):
        import traceback
        tb = traceback.format_exception(type(exc), exc, tb)
        tb = ''.join(tb)
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be
    safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                             self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


#
# What a worker process runs
#

def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    if (maxtasks is not None) and not (isinstance(maxtasks, int)
                                       and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    get, put = _queue_ops(inqueue)
    if initializer is not None:
        initializer(*initargs)

    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        task = get(inqueue, True, None)
        if task is None:
            util.debug('worker got sentinel -- exiting')
            break

        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            put(outqueue, (job, i, result), True, None)
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            util.debug("Possible encoding error while sending result: %s" % (
                wrapped))
            put(outqueue, (job, i, (False, wrapped)), True, None)

        task = job = result = func = args = kwds = None
        completed += 1
    util.debug('worker exiting after %d tasks' % completed)


def _helper_reraises_exception(ex):
    'Pickle-able helper function for use by _guarded_task_generation.'
    raise ex


def _tget(q, block=True, timeout=None):
    return q.get(block, timeout)


def _tput(q, obj, block=True, timeout=None):
    q.put(obj)


def _queue_ops(q):
    """get(q, block, timeout) and put(q, obj, block, timeout) for a pool's queue: a kernel
    queue between processes, or (ThreadPool) a queue.SimpleQueue between threads."""
    if hasattr(q, 'get'):
        return _tget, _tput
    return _mp.qget, _mp.qput


def _watch(process, notifier):
    """A thread that wakes the worker handler (puts None into `notifier`) when `process` exits."""
    sentinel = process.sentinel

    def watcher():
        _mp.poll(sentinel, None)
        _mp.qput(notifier, None, True, None)
    _thread._start(watcher, 'pool watcher (%s)' % process.name)


#
# Waiting for results: a waiting thread sleeps on its own kernel event
#

_events = {}    # thread ident (unique across processes) -> that thread's kernel event


def _wait_until(res, timeout, ready):
    """Waits until ready(res) is true, or for `timeout` seconds; the result handler calls _wake(res)."""
    if ready(res):
        return
    ident = _thread.get_ident()
    ev = _events.get(ident)
    if ev is None:
        ev = _events[ident] = _mp.event(None, 'pool result')
    else:
        _mp.evset(ev, False)
    res._waiters.append(ev)
    try:
        if timeout is None:
            while not ready(res):
                _mp.evwait(ev, None)
                _mp.evset(ev, False)
        else:
            deadline = time.monotonic() + timeout
            while not ready(res):
                left = deadline - time.monotonic()
                if left <= 0 or not _mp.evwait(ev, left):
                    break
                _mp.evset(ev, False)
    finally:
        res._waiters.remove(ev)


def _wake(res):
    for ev in tuple(res._waiters):
        _mp.evset(ev, True)


def _is_ready(res):
    return res._ready


def _has_item(res):
    return res._items or res._index == res._length


class _TaskQueue(object):
    """The callers' task sequences on their way to the task handler (CPython: a queue.SimpleQueue).

    Threads of one process: a deque, and a kernel event the handler sleeps on when it is empty.
    """

    def __init__(self):
        self._items = deque()
        self._event = _mp.event(None, 'pool task sequences')
        self._waiting = False

    def put(self, item):
        self._items.append(item)
        if self._waiting:
            self._waiting = False
            _mp.evset(self._event, True)

    def get(self):
        items = self._items
        while not items:
            _mp.evset(self._event, False)
            self._waiting = True
            if items:
                self._waiting = False
                break
            _mp.evwait(self._event, None)
        return items.popleft()


#
# The Pool
#

class _PoolCache(dict):
    """The pool's jobs by number; once the pool is closed, emptying it wakes the worker handler."""

    def __init__(self, *args, notifier=None, **kwds):
        self.notifier = notifier
        self.closing = False
        super().__init__(*args, **kwds)

    def __delitem__(self, item):
        super().__delitem__(item)
        # forkscope: the worker handler only waits for an empty cache once the pool is closed
        # (CPython notifies every time it empties).
        if not self and self.closing:
            _mp.qput(self.notifier, None, True, None)


class Pool(object):
    '''
    Class which supports an async version of applying functions to arguments.
    '''
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT

        if context is None:
            from multiprocessing import context as _context
            context = _context._default_context.get_context()
        self._ctx = context

        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")

        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        self._setup_queues()
        self._taskqueue = _TaskQueue()
        self._change_notifier = _mp.queue(0, None, 'pool changes')
        self._cache = _PoolCache(notifier=self._change_notifier)
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        self._processes = processes
        try:
            self._repopulate_pool()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise

        self._worker_handler = threading.Thread(target=self._handle_workers)
        self._worker_handler.daemon = True
        self._worker_handler._state = RUN
        self._worker_handler.start()

        self._task_handler = threading.Thread(
            target=Pool._handle_tasks,
            args=(self._taskqueue, self._inqueue, self._outqueue,
                  self._pool, self._cache)
            )
        self._task_handler.daemon = True
        self._task_handler._state = RUN
        self._task_handler.start()

        self._result_handler = threading.Thread(
            target=Pool._handle_results,
            args=(self._outqueue, self._cache)
            )
        self._result_handler.daemon = True
        self._result_handler._state = RUN
        self._result_handler.start()

        self._terminate = util.Finalize(
            self, self._terminate_pool,
            args=(self._taskqueue, self._inqueue, self._outqueue, self._pool,
                  self._change_notifier, self._worker_handler,
                  self._task_handler, self._result_handler, self._cache),
            exitpriority=15
            )
        self._state = RUN

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def __reduce__(self):
        raise NotImplementedError(
              'pool objects cannot be passed between processes or pickled'
              )

    def _setup_queues(self):
        self._inqueue = _mp.queue(0, 'SimpleQueue', 'pool tasks')
        self._outqueue = _mp.queue(0, 'SimpleQueue', 'pool results')

    def _join_exited_workers(self):
        """Cleanup after any worker processes which have exited due to reaching
        their specified lifetime.  Returns True if any workers were cleaned up.
        """
        cleaned = False
        pool = self._pool
        for i in reversed(range(len(pool))):
            worker = pool[i]
            if worker.exitcode is not None:
                util.debug('cleaning up worker %d' % i)
                worker.join()
                cleaned = True
                del pool[i]
        return cleaned

    def _repopulate_pool(self):
        """Bring the number of pool processes up to the specified number, for use after
        reaping workers which have exited.
        """
        pool = self._pool
        for i in range(self._processes - len(pool)):
            w = self.Process(self._ctx, target=worker,
                             args=(self._inqueue, self._outqueue,
                                   self._initializer,
                                   self._initargs,
                                   self._maxtasksperchild,
                                   self._wrap_exception))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            pool.append(w)
            if hasattr(w, 'sentinel'):
                _watch(w, self._change_notifier)
            util.debug('added worker')

    def _maintain_pool(self):
        """Clean up any exited workers and start replacements for them."""
        if self._join_exited_workers():
            self._repopulate_pool()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        '''
        Equivalent of `func(*args, **kwds)`.
        Pool must be running.
        '''
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        '''
        Apply `func` to each element in `iterable`, collecting the results
        in a list that is returned.
        '''
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        '''
        Like `map()` method but the elements of the `iterable` are expected to
        be iterables as well and will be unpacked as arguments. Hence
        `func` and (a, b) becomes func(a, b).
        '''
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `starmap()` method.
        '''
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def _guarded_task_generation(self, result_job, func, iterable):
        '''Provides a generator of tasks for imap and imap_unordered with
        appropriate handling for iterables which throw exceptions during
        iteration.'''
        try:
            i = -1
            for i, x in enumerate(iterable):
                yield (result_job, i, func, (x,), {})
        except Exception as e:
            yield (result_job, i+1, _helper_reraises_exception, (e,), {})

    def imap(self, func, iterable, chunksize=1):
        '''
        Equivalent of `map()` -- can be MUCH slower than `Pool.map()`.
        '''
        self._check_running()
        if chunksize == 1:
            result = IMapIterator(self)
            self._taskqueue.put(
                (
                    self._guarded_task_generation(result._job, func, iterable),
                    result._set_length
                ))
            return result
        else:
            if chunksize < 1:
                raise ValueError(
                    "Chunksize must be 1+, not {0:n}".format(
                        chunksize))
            task_batches = Pool._get_tasks(func, iterable, chunksize)
            result = IMapIterator(self)
            self._taskqueue.put(
                (
                    self._guarded_task_generation(result._job,
                                                  mapstar,
                                                  task_batches),
                    result._set_length
                ))
            return (item for chunk in result for item in chunk)

    def imap_unordered(self, func, iterable, chunksize=1):
        '''
        Like `imap()` method but ordering of results is arbitrary.
        '''
        self._check_running()
        if chunksize == 1:
            result = IMapUnorderedIterator(self)
            self._taskqueue.put(
                (
                    self._guarded_task_generation(result._job, func, iterable),
                    result._set_length
                ))
            return result
        else:
            if chunksize < 1:
                raise ValueError(
                    "Chunksize must be 1+, not {0!r}".format(chunksize))
            task_batches = Pool._get_tasks(func, iterable, chunksize)
            result = IMapUnorderedIterator(self)
            self._taskqueue.put(
                (
                    self._guarded_task_generation(result._job,
                                                  mapstar,
                                                  task_batches),
                    result._set_length
                ))
            return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `apply()` method.
        '''
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `map()` method.
        '''
        return self._map_async(func, iterable, mapstar, chunksize, callback,
            error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
            error_callback=None):
        '''
        Helper function to implement map, starmap and their async counterparts.
        '''
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)

        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0

        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._taskqueue.put(
            (
                self._guarded_task_generation(result._job,
                                              mapper,
                                              task_batches),
                None
            )
        )
        return result

    def _handle_workers(self):
        thread = threading.current_thread()
        cache = self._cache
        notifier = self._change_notifier

        # Keep maintaining workers until the cache gets drained, unless the pool
        # is terminated.
        while thread._state == RUN or (cache and thread._state != TERMINATE):
            self._maintain_pool()
            # Wait for a change: a worker exited, the pool was closed or terminated,
            # or (closed) its last job finished.
            _mp.qget(notifier, True, None)
            while _mp.qget(notifier, False, None) is not _mp.EMPTY:
                pass
        # send sentinel to stop workers
        self._taskqueue.put(None)
        util.debug('worker handler exiting')

    @staticmethod
    def _handle_tasks(taskqueue, inqueue, outqueue, pool, cache):
        thread = threading.current_thread()
        put = _queue_ops(inqueue)[1]

        for taskseq, set_length in iter(taskqueue.get, None):
            task = None
            try:
                # iterating taskseq cannot fail
                for task in taskseq:
                    if thread._state != RUN:
                        util.debug('task handler found thread._state != RUN')
                        break
                    try:
                        put(inqueue, task, True, None)
                    except Exception as e:
                        job, idx = task[:2]
                        try:
                            cache[job]._set(idx, (False, e))
                        except KeyError:
                            pass
                else:
                    if set_length:
                        util.debug('doing set_length()')
                        idx = task[1] if task else -1
                        set_length(idx + 1)
                    continue
                break
            finally:
                task = taskseq = job = None
        else:
            util.debug('task handler got sentinel')

        # tell result handler to finish when cache is empty
        util.debug('task handler sending sentinel to result handler')
        put(outqueue, None, True, None)

        # tell workers there is no more work
        util.debug('task handler sending sentinel to workers')
        for p in pool:
            put(inqueue, None, True, None)

        util.debug('task handler exiting')

    @staticmethod
    def _handle_results(outqueue, cache):
        thread = threading.current_thread()
        get = _queue_ops(outqueue)[0]

        while 1:
            task = get(outqueue, True, None)

            if thread._state != RUN:
                assert thread._state == TERMINATE, "Thread not in TERMINATE"
                util.debug('result handler found thread._state=TERMINATE')
                break

            if task is None:
                util.debug('result handler got sentinel')
                break

            job, i, obj = task
            try:
                cache[job]._set(i, obj)
            except KeyError:
                pass
            task = job = obj = None

        while cache and thread._state != TERMINATE:
            task = get(outqueue, True, None)
            if task is None:
                util.debug('result handler ignoring extra sentinel')
                continue
            job, i, obj = task
            try:
                cache[job]._set(i, obj)
            except KeyError:
                pass
            task = job = obj = None

        util.debug('result handler exiting: len(cache)=%s, thread._state=%s',
              len(cache), thread._state)
        thread._state = TERMINATE

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while 1:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def close(self):
        util.debug('closing pool')
        if self._state == RUN:
            self._state = CLOSE
            self._worker_handler._state = CLOSE
            self._cache.closing = True
            _mp.qput(self._change_notifier, None, True, None)

    def terminate(self):
        util.debug('terminating pool')
        self._state = TERMINATE
        self._terminate()

    def join(self):
        util.debug('joining pool')
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    @staticmethod
    def _help_stuff_finish(inqueue, task_handler, size):
        # the tasks nobody has taken yet are dropped
        util.debug('removing tasks from inqueue until task handler finished')
        while _mp.qget(inqueue, False, None) is not _mp.EMPTY:
            pass

    @classmethod
    def _terminate_pool(cls, taskqueue, inqueue, outqueue, pool, change_notifier,
                        worker_handler, task_handler, result_handler, cache):
        # this is guaranteed to only be called once
        util.debug('finalizing pool')

        # Notify that the worker_handler state has been changed so the
        # _handle_workers loop can be unblocked (and exited) in order to
        # send the finalization sentinel all the workers.
        worker_handler._state = TERMINATE
        _mp.qput(change_notifier, None, True, None)

        task_handler._state = TERMINATE

        util.debug('helping task handler/workers to finish')
        cls._help_stuff_finish(inqueue, task_handler, len(pool))

        if (not result_handler.is_alive()) and (len(cache) != 0):
            raise AssertionError(
                "Cannot have cache with result_hander not alive")

        result_handler._state = TERMINATE
        _mp.qput(change_notifier, None, True, None)
        _queue_ops(outqueue)[1](outqueue, None, True, None)   # sentinel

        # We must wait for the worker handler to exit before terminating
        # workers because we don't want workers to be restarted behind our back.
        util.debug('joining worker handler')
        if threading.current_thread() is not worker_handler:
            worker_handler.join()

        # Terminate workers which haven't already finished.
        if pool and hasattr(pool[0], 'terminate'):
            util.debug('terminating workers')
            for p in pool:
                if p.exitcode is None:
                    p.terminate()

        util.debug('joining task handler')
        if threading.current_thread() is not task_handler:
            task_handler.join()

        util.debug('joining result handler')
        if threading.current_thread() is not result_handler:
            result_handler.join()

        if pool and hasattr(pool[0], 'terminate'):
            util.debug('joining pool workers')
            for p in pool:
                if p.is_alive():
                    # worker has not yet exited
                    util.debug('cleaning up worker %d' % p.pid)
                    p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


#
# Results
#

class ApplyResult(object):

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._ready = False
        self._waiters = []
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._ready

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        _wait_until(self, timeout, _is_ready)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._ready = True
        _wake(self)
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult       # create alias -- see #17805


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback,
                             error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._ready = True
            del self._cache[self._job]
        else:
            self._number_left = length//chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i*self._chunksize:(i+1)*self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._ready = True
                _wake(self)
                self._pool = None
        else:
            if not success and self._success:
                # only store first exception
                self._success = False
                self._value = result
            if self._number_left == 0:
                # only consider the result ready once all jobs are done
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._ready = True
                _wake(self)
                self._pool = None


class IMapIterator(object):

    def __init__(self, pool):
        self._pool = pool
        self._waiters = []
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        try:
            item = self._items.popleft()
        except IndexError:
            if self._index == self._length:
                self._pool = None
                raise StopIteration from None
            _wait_until(self, timeout, _has_item)
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                raise TimeoutError from None

        success, value = item
        if success:
            return value
        raise value

    __next__ = next                    # XXX

    def _set(self, i, obj):
        if self._index == i:
            self._items.append(obj)
            self._index += 1
            while self._index in self._unsorted:
                obj = self._unsorted.pop(self._index)
                self._items.append(obj)
                self._index += 1
            _wake(self)
        else:
            self._unsorted[i] = obj

        if self._index == self._length:
            del self._cache[self._job]
            self._pool = None

    def _set_length(self, length):
        self._length = length
        if self._index == self._length:
            _wake(self)
            del self._cache[self._job]
            self._pool = None


class IMapUnorderedIterator(IMapIterator):

    def _set(self, i, obj):
        self._items.append(obj)
        self._index += 1
        _wake(self)
        if self._index == self._length:
            del self._cache[self._job]
            self._pool = None


#
# ThreadPool: the same pool, with threads of this process as its workers
#

class ThreadPool(Pool):
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        from multiprocessing.dummy import Process
        return Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        import queue
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()

    @staticmethod
    def _help_stuff_finish(inqueue, task_handler, size):
        # drain inqueue, and put sentinels at its head to make workers finish
        import queue
        try:
            while True:
                inqueue.get(block=False)
        except queue.Empty:
            pass
        for i in range(size):
            inqueue.put(None)
