# An exception that passes through a @contextmanager generator keeps its traceback.
from contextlib import contextmanager


@contextmanager
def section(name):
    print("enter", name)
    yield
    print("exit", name)


def work():
    with section("w"):
        raise RuntimeError("failed inside the block")


work()
