"""multiprocessing.util: finalizers, after-fork hooks, and what every process does at exit.

`_exit_function` is registered with atexit when multiprocessing is imported (so a
user's later atexit handlers run before it): it terminates the daemonic children
that are still running, then joins every other child. get_logger() and
log_to_stderr() are in multiprocessing/_logging.py, which also makes debug(), info()...
report once there is a logger (until then they do nothing).
"""

import atexit
import sys

__all__ = ['Finalize', 'register_after_fork', 'is_exiting', 'get_logger', 'log_to_stderr']

_exiting = False
_finalizers = []        # (priority, callback, args) registered with Finalize
_afterfork = []         # (callback, obj) registered with register_after_fork


def is_exiting():
    return _exiting


def get_logger():
    """The 'multiprocessing' logger (made on first use; it does not propagate to the root)."""
    from multiprocessing import _logging
    return _logging.get_logger()


def log_to_stderr(level=None):
    """Makes the multiprocessing logger print '[LEVEL/ProcessName] message' to stderr."""
    from multiprocessing import _logging
    return _logging.log_to_stderr(level)


def sub_debug(msg, *args):
    pass


debug = info = sub_warning = sub_debug


class Finalize:
    """callback(*args) at exit (exitpriority not None) or when finalized explicitly."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = exitpriority
        _finalizers.append(self)

    def __call__(self, wr=None):
        if self._callback is None:
            return None
        callback, self._callback = self._callback, None
        if self in _finalizers:
            _finalizers.remove(self)
        return callback(*self._args, **self._kwargs)

    def cancel(self):
        self._callback = None
        if self in _finalizers:
            _finalizers.remove(self)

    def still_active(self):
        return self._callback is not None


def _run_finalizers(minpriority=None):
    """Runs the finalizers with an exit priority (>= minpriority), highest first."""
    todo = [f for f in _finalizers if f._key is not None and (minpriority is None or f._key >= minpriority)]
    todo.sort(key=lambda f: f._key, reverse=True)
    for f in todo:
        try:
            f()
        except Exception:
            import _mp
            _mp.print_exc('Error in finalizer:\n')


def register_after_fork(obj, func):
    _afterfork.append((func, obj))


def _run_after_forkers():
    """In a new child: drop the parent's finalizers, run the after-fork hooks."""
    del _finalizers[:]
    for func, obj in list(_afterfork):
        try:
            func(obj)
        except Exception:
            pass


def _exit_function():
    global _exiting
    if _exiting:
        return
    _exiting = True
    from multiprocessing import process
    _run_finalizers(0)
    for p in process.active_children():
        if p.daemon:
            p._popen.terminate()
    for p in process.active_children():
        p.join()
    _run_finalizers()


def _flush_std_streams():
    pass


def close_fds(*fds):
    pass


atexit.register(_exit_function)
