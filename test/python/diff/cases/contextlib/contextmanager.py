# @contextmanager: the code before yield enters, the code after it exits; an exception in
# the block is raised at the yield.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", repr(e))


with swallow(KeyError):
    {}["k"]
print("after swallow")
try:
    with swallow(KeyError):
        [][1]
except IndexError as e:
    print("not swallowed:", e)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def ignores_exception():
    try:
        yield
    except ValueError:
        yield


for cm in [no_yield, two_yields]:
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    with ignores_exception():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2


print(decorated(3), decorated(4), decorated.__name__)
