# record: stderr
# atexit callbacks run last-registered first; an exception in one, SystemExit included, is
# reported as unraisable (no chained exceptions) and the exit status stays 0.
import atexit
import sys


class Failed(Exception):
    pass


def cleanup():
    try:
        {}["k"]
    except KeyError:
        raise Failed()


def leave(code):
    print("leave", code)
    sys.exit(code)


atexit.register(cleanup)
atexit.register(leave, 4)
atexit.register(print, "last registered, first run")
print("main")
