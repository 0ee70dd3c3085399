import multiprocessing as mp
import os
import time


def nap(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=nap, args=(0.5,))
    p.start()
    seen_alive = p.is_alive()
    polls = 0
    while p.is_alive():
        polls += 1
        time.sleep(0.05)
    print("was alive:", seen_alive, "| polled at least once:", polls > 0, "| exitcode:", p.exitcode)
    print("is_alive reaped it; join returns at once:", p.join() is None, p.exitcode)
