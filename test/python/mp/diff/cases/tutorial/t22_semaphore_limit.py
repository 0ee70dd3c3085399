# A Semaphore lets at most two workers into a section at once; a shared counter checks it.
import multiprocessing as mp
import os

import time


def worker(sem, inside, most, ran):
    with sem:
        with inside.get_lock():
            ran.value += 1
            inside.value += 1
            most.value = max(most.value, inside.value)
        time.sleep(0.05)
        with inside.get_lock():
            inside.value -= 1


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    sem = mp.Semaphore(2)
    inside = mp.Value("i", 0)
    most = mp.Value("i", 0)
    ran = mp.Value("i", 0)
    procs = [mp.Process(target=worker, args=(sem, inside, most, ran)) for _ in range(5)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("at most two at once:", 1 <= most.value <= 2, "ran:", ran.value, "inside now:", inside.value)
