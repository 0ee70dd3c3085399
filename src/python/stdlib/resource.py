"""resource: the process's CPU time as the kernel counts it (getrusage), as CPython's module on Linux.

ru_utime is the CPU time the process's tasks ran (RUSAGE_SELF), this thread's (RUSAGE_THREAD) or
that of the children it has reaped with wait (RUSAGE_CHILDREN); the simulated machine does not
separate system time (ru_stime is 0.0) and counts no faults, blocks or switches (0). Not provided:
getrlimit, setrlimit, prlimit (the simulated limits are `--param maxProcs`, `maxMemory`).
"""

import sys as _sys

if _sys.platform == 'win32':
    raise ModuleNotFoundError("No module named 'resource'", name='resource')

import _forkscope

__all__ = ['getrusage', 'getpagesize', 'struct_rusage', 'error', 'RUSAGE_SELF', 'RUSAGE_CHILDREN',
           'RUSAGE_THREAD']

error = OSError
RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1
_FIELDS = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt', 'ru_majflt',
           'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')


class struct_rusage(tuple):
    """getrusage's result: a tuple whose items are also attributes."""
    n_fields = n_sequence_fields = len(_FIELDS)
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != len(_FIELDS):
            raise TypeError('resource.struct_rusage() takes a 16-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'resource.struct_rusage(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_rusage, (tuple(self),))


for _i, _name in enumerate(_FIELDS):
    setattr(struct_rusage, _name, property(lambda self, _i=_i: self[_i]))
del _i, _name


def _usage(ns):
    return struct_rusage((ns / 1e9, 0.0) + (0,) * 14)


def getrusage(who):
    """The CPU time of the process (RUSAGE_SELF), of this thread (RUSAGE_THREAD) or of its reaped children."""
    kinds = {RUSAGE_SELF: 'self', RUSAGE_CHILDREN: 'children', RUSAGE_THREAD: 'thread'}
    if who not in kinds:
        raise ValueError('invalid who parameter')
    return _usage(_forkscope.cpu_time(kinds[who]))


def getpagesize():
    return 4096
