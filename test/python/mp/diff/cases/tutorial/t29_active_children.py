# active_children() lists started, unjoined children (and reaps finished ones).
import multiprocessing as mp
import os

import time


def wait_for(e):
    e.wait()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    e = mp.Event()
    procs = [mp.Process(target=wait_for, args=(e,), name=f"w{i}") for i in range(3)]
    for p in procs:
        p.start()
    print(sorted(p.name for p in mp.active_children()))
    e.set()
    for p in procs:
        p.join()
    print(mp.active_children())
    print(mp.cpu_count() >= 1)
