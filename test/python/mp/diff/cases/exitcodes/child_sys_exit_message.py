import multiprocessing as mp
import os
import sys


def child():
    print("child about to exit with a message", flush=True)
    sys.exit("child: fatal configuration error")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
