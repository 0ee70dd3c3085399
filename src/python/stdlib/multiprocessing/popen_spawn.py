"""multiprocessing.popen_spawn: starting a child by spawn, a fresh interpreter.

The child re-runs the main module as __mp_main__, then unpickles the Process and
runs it (spawn.py). On POSIX both pickles are made before the child exists, so a
failure creates no child; Windows creates the child first and writes the pickles
into a pipe, so a failure leaves a child that dies with `EOFError: Ran out of input`.
"""

import os
import sys
import signal
import _mp
from multiprocessing import context, spawn
from multiprocessing.popen_fork import Popen as _ForkPopen

__all__ = ['Popen']


class Popen(_ForkPopen):
    method = 'spawn'

    def _launch(self, process_obj):
        prep_data = spawn.get_preparation_data(process_obj._name)
        parent_r, child_w = _mp.sentinel(process_obj._name)
        env = dict(os.environ)
        if sys.platform == 'win32':
            boot_r, boot_w = _mp.pipe(False)
            try:
                self.pid = _mp.spawn(None, [child_w, boot_r], boot_r, env, process_obj._name)
            finally:
                _mp.close(boot_r)
                _mp.close(child_w)
            context.set_spawning_popen(self)
            try:
                _mp.send(boot_w, prep_data, True)
                _mp.send(boot_w, process_obj, True)
            finally:
                context.set_spawning_popen(None)
                _mp.close(boot_w)
        else:
            context.set_spawning_popen(self)
            try:
                prep, handles = _mp.dumps(prep_data, True)
                proc, more = _mp.dumps(process_obj, True)
            finally:
                context.set_spawning_popen(None)
            try:
                self.pid = _mp.spawn([prep, proc], handles + more + [child_w], None, env, process_obj._name)
            finally:
                _mp.close(child_w)
        self.sentinel = int(parent_r)

    if sys.platform == 'win32':
        def kill(self):
            # popen_spawn_win32: kill = terminate (TerminateProcess; exit code -SIGTERM).
            self.terminate()
