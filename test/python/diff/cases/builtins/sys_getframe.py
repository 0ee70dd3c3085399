# sys._getframe: the caller's frame, its line, code, globals and locals, and frames further up
import sys


def where():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno, sorted(caller.f_locals)


def work(a, b=2):
    total = a + b
    here = sys._getframe()
    print(here.f_code.co_name, sys._getframe().f_lineno, here.f_back.f_code.co_name, here.f_globals is globals())
    print(where())
    return total


def outer():
    return work(1)


outer()
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno, sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
try:
    sys._getframe('x')
except TypeError as e:
    print(e)
f = sys._getframe()
print(type(f).__name__, f.f_locals is not None, 'f' in f.f_locals or True)
