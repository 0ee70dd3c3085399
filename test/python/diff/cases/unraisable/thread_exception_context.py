# record: stderr
# The report of a thread's exception shows neither its context nor its cause, and names a
# class outside builtins and __main__ with its module.
import _thread
import queue
import time


def handler():
    try:
        {}["missing"]
    except KeyError:
        raise queue.Empty("nothing queued")


def chained():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e


_thread.start_new_thread(handler, ())
time.sleep(0.2)
_thread.start_new_thread(chained, ())
time.sleep(0.2)
print("done")
