import multiprocessing as mp
import os
import time

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ev = mp.Event()
    print(repr(ev), ev.is_set())
    t0 = time.time()
    print("wait(0.2) unset:", ev.wait(0.2), "| waited:", time.time() - t0 >= 0.19)
    t0 = time.time()
    print("wait(0):", ev.wait(0), "| wait(-1):", ev.wait(-1), "| immediate:", time.time() - t0 < 1)
    ev.set()
    print(repr(ev), ev.is_set(), ev.wait(), ev.wait(0))
    ev.set()
    ev.clear()
    print(repr(ev), ev.is_set())
