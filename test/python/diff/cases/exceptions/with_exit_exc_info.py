class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print("exit: clean")
            return False
        handled = issubclass(exc_type, self.types)
        print("exit:", exc_type.__name__, exc_value.args, "handled" if handled else "propagate")
        return handled


with Suppress(KeyError):
    print("no error")
with Suppress(KeyError, IndexError):
    [][3]
print("after IndexError")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("outside:", e)


class Transaction:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("begin")
        return self.log

    def __exit__(self, t, v, tb):
        self.log.append("rollback" if t else "commit")


tx = Transaction()
with tx as log:
    log.append("work")
try:
    with tx as log:
        log.append("bad work")
        raise RuntimeError
except RuntimeError:
    pass
print(tx.log)
