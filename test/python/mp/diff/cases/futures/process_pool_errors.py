import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor, wait, FIRST_EXCEPTION
from concurrent.futures.process import BrokenProcessPool


def check(x):
    if x == 2:
        raise ValueError("bad value %d" % x)
    return x


def die(code):
    os._exit(code)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(check, i) for i in range(4)]
        wait(fs)
        print([type(f.exception()).__name__ if f.exception() else f.result() for f in fs])
        try:
            fs[2].result()
        except ValueError as e:
            print("ValueError:", e, "| cause:", type(e.__cause__).__name__,
                  "raise ValueError" in str(e.__cause__))
        unpicklable = ex.submit(check, lambda: 1)
        print(type(unpicklable.exception()).__name__)
        print(ex.submit(check, 5).result())
        try:
            list(ex.map(check, range(4)))
        except ValueError as e:
            print("map:", e)
    ex = ProcessPoolExecutor(max_workers=1)
    f = ex.submit(die, 3)
    try:
        f.result()
    except BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
    try:
        ex.submit(check, 1)
    except BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
    ex.shutdown()
    print(repr(f).split(" state=")[1], isinstance(f.exception(), RuntimeError))
    for bad in [dict(max_workers=0), dict(initializer=5), dict(max_workers=1, max_tasks_per_child=0)]:
        try:
            ProcessPoolExecutor(**bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork"), max_tasks_per_child=1)
    except ValueError as e:
        print("ValueError:", e)
    with ProcessPoolExecutor(1) as ex:
        try:
            ex.map(check, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
