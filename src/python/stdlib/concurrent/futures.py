"""concurrent.futures: running calls asynchronously in threads or processes, with Futures.

ThreadPoolExecutor (concurrent/futures/thread.py) and ProcessPoolExecutor
(concurrent/futures/process.py, on multiprocessing) share the Future, wait() and
as_completed() of concurrent/futures/_base.py. The executors are imported on first use,
as CPython does, so that a program using threads does not import multiprocessing.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    global ProcessPoolExecutor, ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor as pe
        ProcessPoolExecutor = pe
        return pe
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor as te
        ThreadPoolExecutor = te
        return te
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
