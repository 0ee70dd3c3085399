# record: stderr
# A _thread thread's uncaught exception is reported as unraisable ("Exception ignored in
# thread started by: <callable>", its traceback) and the process goes on; SystemExit ends
# the thread quietly; an empty message still gets its ": ".
import _thread
import time


def worker(n):
    print("worker", n, flush=True)
    raise ValueError("boom %d" % n)


class Job:
    def __call__(self):
        return 1 / 0

    def __repr__(self):
        return "<Job>"


class Quiet(Exception):
    pass


def quiet():
    raise Quiet()


def leave():
    raise SystemExit(3)


_thread.start_new_thread(worker, (1,))
time.sleep(0.2)
_thread.start_new_thread(Job(), ())
time.sleep(0.2)
_thread.start_new_thread(quiet, ())
time.sleep(0.2)
_thread.start_new_thread(leave, ())
time.sleep(0.2)
_thread.start_new_thread(print, ("kw",), {"sep": "-", "bad": 2})
time.sleep(0.2)
print("main goes on")
