import multiprocessing as mp
import os
import time


def slow_print(x):
    time.sleep(2)
    print("worker finished", x, "(must not print)", flush=True)
    return x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(1) as pool:
        r = pool.map_async(slow_print, [1, 2])
    print("left the with block: ready =", r.ready())
    print(repr(pool))
    print("no workers left:", mp.active_children())
