# A shared Value incremented by several processes under its lock.
import multiprocessing as mp
import os


def add(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=add, args=(counter, 200)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value)
