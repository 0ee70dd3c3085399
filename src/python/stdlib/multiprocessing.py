"""multiprocessing: processes, queues, pipes, locks and shared memory on forkscope's kernel.

The package mirrors CPython 3.11's (process, context, queues, synchronize, connection,
sharedctypes, popen_fork, popen_spawn, spawn, util); the module-level names are the
default context's, whose start method is the platform's (fork on Linux, spawn on
Windows and macOS) until set_start_method() chooses one.
"""

import sys
from multiprocessing import context
import multiprocessing.process
import multiprocessing.util
import multiprocessing.queues
import multiprocessing.synchronize
import multiprocessing.connection
import multiprocessing.reduction

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort',
           'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process',
           'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
           'TimeoutError', 'Value', 'active_children', 'allow_connection_pickling', 'cpu_count',
           'current_process', 'freeze_support', 'get_all_start_methods', 'get_context',
           'get_logger', 'get_start_method', 'log_to_stderr', 'parent_process', 'reducer',
           'set_executable', 'set_forkserver_preload', 'set_start_method']

_ctx = context._default_context
for _name in __all__:
    globals()[_name] = getattr(_ctx, _name)
del _name, _ctx

SUBDEBUG = 5
SUBWARNING = 25

# Alias for the main module (a spawned child replaces both when it re-runs the script).
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
