"""multiprocessing's logger: util.get_logger() and util.log_to_stderr(), and what turns on
the reports multiprocessing makes about itself ('[INFO/Process-1] child process calling
self.run()', 'process shutting down', 'process exiting with exitcode 0'...).

CPython calls util.debug()/info() everywhere and they test `util._logger`. Here util's
functions do nothing until a logger exists; then _start_logging() swaps in the reporting
versions of them and of the steps that report (the exit function, the after-fork hooks,
Process._bootstrap). A program that never asks for a logger runs exactly the instructions
it ran before, which matters because instruction counts set the virtual time of every
trace. A forked child inherits the swap; a spawned child is told through its preparation
data (_LoggingSetup), as CPython sends log_to_stderr and log_level.
"""

import atexit
from multiprocessing import util

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'


def get_logger():
    import logging
    with logging._lock:
        if not getattr(util, '_logger', None):
            util._logger = logging.getLogger(LOGGER_NAME)
            util._logger.propagate = 0
            _start_logging()
    return util._logger


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    formatter = logging.Formatter(DEFAULT_LOGGING_FORMAT)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    util._log_to_stderr = True
    return logger


def _start_logging():
    from multiprocessing import process, spawn
    for name, value in (('NOTSET', NOTSET), ('SUBDEBUG', SUBDEBUG), ('DEBUG', DEBUG),
                        ('INFO', INFO), ('SUBWARNING', SUBWARNING), ('LOGGER_NAME', LOGGER_NAME),
                        ('DEFAULT_LOGGING_FORMAT', DEFAULT_LOGGING_FORMAT)):
        setattr(util, name, value)
    util._log_to_stderr = False
    util.sub_debug, util.debug, util.info, util.sub_warning = sub_debug, debug, info, sub_warning
    # CPython re-registers the exit function here, so that it runs before logging's own
    atexit.unregister(util._exit_function)
    util._exit_function = _exit_function
    atexit.register(_exit_function)
    util._run_after_forkers = _run_after_forkers
    bootstrap = process.BaseProcess._bootstrap

    def _bootstrap(self):
        exitcode = bootstrap(self)
        info('process exiting with exitcode %d' % exitcode)
        return exitcode
    process.BaseProcess._bootstrap = _bootstrap
    preparation_data = spawn.get_preparation_data

    def get_preparation_data(name):
        d = preparation_data(name)
        d['logging'] = _LoggingSetup(util._log_to_stderr, util._logger.getEffectiveLevel())
        return d
    spawn.get_preparation_data = get_preparation_data


class _LoggingSetup:
    """Unpickled in a spawned child, sets up its logger as the parent's is."""

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


def sub_debug(msg, *args):
    if util._logger:
        util._logger.log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    if util._logger:
        util._logger.log(DEBUG, msg, *args)


def info(msg, *args):
    if util._logger:
        util._logger.log(INFO, msg, *args)


def sub_warning(msg, *args):
    if util._logger:
        util._logger.log(SUBWARNING, msg, *args)


def _run_after_forkers():
    """util._run_after_forkers(), reporting, then the child announces its run()."""
    del util._finalizers[:]
    for func, obj in list(util._afterfork):
        try:
            func(obj)
        except Exception as e:
            info('after forker raised exception %s', e)
    info('child process calling self.run()')


def _exit_function():
    """util._exit_function(), each step reported."""
    if util._exiting:
        return
    util._exiting = True
    from multiprocessing import process
    info('process shutting down')
    debug('running all "atexit" finalizers with priority >= 0')
    util._run_finalizers(0)
    for p in process.active_children():
        if p.daemon:
            info('calling terminate() for daemon %s', p.name)
            p._popen.terminate()
    for p in process.active_children():
        info('calling join() for process %s', p.name)
        p.join()
    debug('running the remaining "atexit" finalizers')
    util._run_finalizers()
