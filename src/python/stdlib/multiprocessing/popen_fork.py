"""multiprocessing.popen_fork: starting a child with fork (it continues from here with a copy of memory)."""

import os
import signal
import _mp

__all__ = ['Popen']


class Popen:
    method = 'fork'

    def __init__(self, process_obj):
        self.returncode = None
        self.finalizer = None
        self._launch(process_obj)

    def duplicate_for_child(self, fd):
        return fd

    def poll(self, flag=os.WNOHANG if hasattr(os, 'WNOHANG') else 1):
        """The exit code once the child has ended (it is reaped then); None before."""
        if self.returncode is None:
            self.returncode = _mp.waitpid(self.pid, not flag)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            if timeout is not None:
                # The sentinel reports EOF once the child (its only writer) has exited.
                if not _mp.poll(self.sentinel, timeout):
                    return None
                return self.poll()
            return self.poll(0)
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            _mp.kill(self.pid, sig)

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def _launch(self, process_obj):
        code = 1
        parent_r, child_w = _mp.sentinel(process_obj._name)
        self.pid = _mp.fork()
        if self.pid == 0:
            try:
                _mp.close(parent_r)
                code = process_obj._bootstrap()
            finally:
                _mp.exit(code)
        else:
            _mp.close(child_w)
            self.sentinel = int(parent_r)

    def close(self):
        _mp.close(self.sentinel)
