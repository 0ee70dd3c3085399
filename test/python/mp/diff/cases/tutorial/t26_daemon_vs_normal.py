# Daemon flag: inherited default, set before start, and what it does at exit.
import multiprocessing as mp
import os

import time


def sleeper(q):
    q.put(mp.current_process().daemon)
    time.sleep(0.2)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    d = mp.Process(target=sleeper, args=(q,), daemon=True)
    n = mp.Process(target=sleeper, args=(q,))
    d.start()
    n.start()
    print(sorted([q.get(), q.get()]))
    n.join()
    print("normal exitcode", n.exitcode)
    print("daemon flag", d.daemon)
