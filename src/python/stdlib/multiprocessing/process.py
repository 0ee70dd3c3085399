"""multiprocessing.process: Process objects, and which process this is.

The structure and the observable behaviour are CPython 3.11's (names from a
per-process counter, reprs, the assertions of start/join/is_alive, exit codes);
starting a process is the job of a Popen class (popen_fork, popen_spawn).
"""

import os
import sys
import signal
import _mp

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']


def current_process():
    """The Process object of the process running this code."""
    return _current_process


def active_children():
    """The children of this process that are still running (finished ones are reaped)."""
    _cleanup()
    return list(_children)


def parent_process():
    """The parent's Process object, or None in the main process."""
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._popen.poll() is not None:
            _children.discard(p)


class BaseProcess:
    """A process to start: run() (by default target(*args, **kwargs)) in a new process."""

    _start_method = None

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
            ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """What the child runs: the target, if any."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        """Starts the child process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        # The child has its own copy (or unpickled one) of the target and its arguments.
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        """Sends SIGTERM (on Windows: TerminateProcess)."""
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        """Sends SIGKILL (on Windows the same as terminate())."""
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        """Waits until the child ends, or until `timeout` seconds have passed."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        """Whether the child is running (a finished one is reaped)."""
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        """Releases what the Process object holds; it cannot be used afterwards."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen.close()
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = authkey

    @property
    def exitcode(self):
        """The child's exit code (-N for signal N), None while it runs."""
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        """What the child does: become this Process, run(), and return its exit code."""
        from multiprocessing import util, context
        global _current_process, _parent_process, _process_counter, _children
        try:
            if self._start_method is not None:
                context._force_start_method(self._start_method)
            _process_counter = _count(1)
            _children = set()
            _mp.close_stdin()
            _current_process = self
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            _mp.setname(self._name)
            util._run_after_forkers()
            try:
                self.run()
                exitcode = 0
            finally:
                util._exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            _mp.print_exc('Process %s:\n' % self.name)
        finally:
            import threading
            threading._shutdown()
        return exitcode


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'authkey': os.urandom(32),
                        'semprefix': '/mp'}

    def close(self):
        pass


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return _mp.alive(self._pid)

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while _mp.alive(self._pid):
            if deadline is not None and time.monotonic() >= deadline:
                return
            time.sleep(0.01)

    pid = ident


class _count:
    """itertools.count(start) (the per-process counter that names processes)."""

    def __init__(self, start=0):
        self._n = start

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n += 1
        return n


_parent_process = None
_current_process = _MainProcess()
_process_counter = _count(1)
_children = set()

_exitcode_to_name = {}
for _name in dir(signal):
    if _name.startswith('SIG') and '_' not in _name:
        _exitcode_to_name[-getattr(signal, _name)] = f'-{_name}'
del _name
