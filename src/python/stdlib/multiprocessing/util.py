"""multiprocessing.util: finalizers, after-fork hooks, and what every process does at exit.

`_exit_function` is registered with atexit when multiprocessing is imported (so a
user's later atexit handlers run before it): it terminates the daemonic children
that are still running, then joins every other child.
"""

import atexit
import sys

__all__ = ['Finalize', 'register_after_fork', 'is_exiting', 'get_logger', 'log_to_stderr',
           'sub_debug', 'debug', 'info', 'sub_warning', 'SUBDEBUG', 'SUBWARNING']

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False
_exiting = False
_finalizers = []        # (priority, callback, args) registered with Finalize
_afterfork = []         # (callback, obj) registered with register_after_fork


def is_exiting():
    return _exiting


def sub_debug(msg, *args):
    """Reports msg at SUBDEBUG once there is a logger (see _start_logging)."""


debug = info = sub_warning = sub_debug


def get_logger():
    """The 'multiprocessing' logger (made on first use; it does not propagate to the root)."""
    global _logger
    import logging
    with logging._lock:
        if not _logger:
            _logger = logging.getLogger(LOGGER_NAME)
            _logger.propagate = 0
            _start_logging()
    return _logger


def log_to_stderr(level=None):
    """Makes the multiprocessing logger print '[LEVEL/ProcessName] message' to stderr."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


def _start_logging():
    """From now on multiprocessing reports what it does to its logger.

    CPython calls util.debug()/info() everywhere and they test `_logger`; here the
    reporting versions of those functions and of the exit and bootstrap steps are
    swapped in only once a logger exists, so that a program that never asks for one
    runs exactly the instructions it ran before (instruction counts set the virtual
    time of every trace). A forked child inherits the swap; a spawned child is told
    through its preparation data (_LoggingSetup).
    """
    global sub_debug, debug, info, sub_warning, _exit_function, _run_after_forkers
    import atexit
    from multiprocessing import process, spawn
    sub_debug, debug, info, sub_warning = _log_sub_debug, _log_debug, _log_info, _log_sub_warning
    atexit.unregister(_exit_function)
    _exit_function = _exit_function_logged
    atexit.register(_exit_function)
    _run_after_forkers = _run_after_forkers_logged
    bootstrap = process.BaseProcess._bootstrap

    def _bootstrap(self):
        exitcode = bootstrap(self)
        info('process exiting with exitcode %d' % exitcode)
        return exitcode
    process.BaseProcess._bootstrap = _bootstrap
    preparation_data = spawn.get_preparation_data

    def get_preparation_data(name):
        d = preparation_data(name)
        d['logging'] = _LoggingSetup(_log_to_stderr, _logger.getEffectiveLevel())
        return d
    spawn.get_preparation_data = get_preparation_data


class _LoggingSetup:
    """Sent to a spawned child with its preparation data: unpickled there, it sets up the
    child's logger as the parent's is (CPython: the log_to_stderr and log_level entries)."""

    def __init__(self, to_stderr, level):
        self.to_stderr = to_stderr
        self.level = level

    def __reduce__(self):
        return (_set_up_child_logging, (self.to_stderr, self.level))


def _set_up_child_logging(to_stderr, level):
    if to_stderr:
        log_to_stderr()
    get_logger().setLevel(level)
    return None


def _log_sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args)


def _log_debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args)


def _log_info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args)


def _log_sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args)


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


def _run_after_forkers_logged():
    """_run_after_forkers() once there is a logger, then the child announces its run()."""
    del _finalizers[:]
    for func, obj in list(_afterfork):
        try:
            func(obj)
        except Exception as e:
            info('after forker raised exception %s', e)
    info('child process calling self.run()')


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


def _exit_function_logged():
    """_exit_function() once there is a logger: the same steps, each reported."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    from multiprocessing import process
    info('process shutting down')
    debug('running all "atexit" finalizers with priority >= 0')
    _run_finalizers(0)
    for p in process.active_children():
        if p.daemon:
            info('calling terminate() for daemon %s', p.name)
            p._popen.terminate()
    for p in process.active_children():
        info('calling join() for process %s', p.name)
        p.join()
    debug('running the remaining "atexit" finalizers')
    _run_finalizers()


def _flush_std_streams():
    pass


def close_fds(*fds):
    pass


atexit.register(_exit_function)
