import multiprocessing as mp
import os
import sys
import time


def child():
    time.sleep(0.3)
    print("child finished before interpreter exit", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=child)
    p.start()
    print("main calls sys.exit(3) without joining")
    sys.exit(3)
