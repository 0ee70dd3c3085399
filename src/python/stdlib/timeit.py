"""timeit: time small pieces of code, on the virtual clock (time.perf_counter).

Timer(stmt, setup, timer, globals) compiles stmt and setup (strings, or callables) into one
function that runs stmt `number` times between two readings of the timer, with the garbage
collector disabled, as CPython's does. Results are virtual seconds: they follow the cost
model, so a seed gives the same figures on every machine. The command-line interface
(python -m timeit) is not provided.
"""

import gc
import itertools
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_TEMPLATE = """
def inner(_it, _timer{init}):
{setup}
    _t0 = _timer()
    for _i in _it:
{stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _indent(src, spaces):
    return src.replace('\n', '\n' + ' ' * spaces)


def _check(src, what):
    compile(src, dummy_src_name, 'exec')


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {'_timeit_globals': None} if globals is None else globals
        init = ''
        parts = {}
        for name, part, spaces in (('setup', setup, 4), ('stmt', stmt, 8)):
            if isinstance(part, str):
                _check(part, name)
                parts[name] = ' ' * spaces + _indent(part, spaces)
            elif callable(part):
                local_ns['_' + name] = part
                init += ', _%s=_%s' % (name, name)
                parts[name] = ' ' * spaces + '_%s()' % name
            else:
                raise ValueError('%s is neither a string nor callable' % name)
        stmt, setup = parts['stmt'], parts['setup']
        self.src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        code = compile(self.src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def timeit(self, number=default_number):
        """Time `number` executions of the main statement; the total in seconds (a float)."""
        it = itertools.repeat(None, number)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the smallest number in 1, 2, 5, 10, 20, 50, ... taking at least 0.2 s."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Time `number` executions of stmt after setup, with a new Timer."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """repeat() of a new Timer."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
