# join(timeout) returns while the child still runs; is_alive() tells which.
import multiprocessing as mp
import os

import time


def slow():
    time.sleep(0.5)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=slow)
    p.start()
    p.join(timeout=0.05)
    print("alive after short join:", p.is_alive(), p.exitcode)
    p.join()
    print("alive after full join:", p.is_alive(), p.exitcode)
