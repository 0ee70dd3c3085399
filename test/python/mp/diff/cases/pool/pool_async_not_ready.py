import multiprocessing as mp
import os
import time


def slow(x):
    time.sleep(1.0)
    return x * 2


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(1) as pool:
        r = pool.apply_async(slow, (21,))
        print("ready:", r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError:", e)
        try:
            r.get(timeout=0.1)
        except mp.TimeoutError as e:
            print(type(e).__module__ + "." + type(e).__name__, repr(str(e)), isinstance(e, TimeoutError), isinstance(e, mp.ProcessError))
        print("wait(0.1) returns", r.wait(0.1))
        print("get():", r.get())
        print("ready:", r.ready(), "successful:", r.successful())
        print(mp.TimeoutError is mp.context.TimeoutError)
