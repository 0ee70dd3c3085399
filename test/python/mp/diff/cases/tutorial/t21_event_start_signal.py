# An Event as a starting gun: workers wait until the parent sets it.
import multiprocessing as mp
import os


def runner(start, q, i):
    start.wait()
    q.put(i)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    start = mp.Event()
    q = mp.Queue()
    procs = [mp.Process(target=runner, args=(start, q, i)) for i in range(3)]
    for p in procs:
        p.start()
    print("set?", start.is_set())
    start.set()
    print(sorted(q.get() for _ in procs))
    for p in procs:
        p.join()
    print("set?", start.is_set())
    print(start.wait(0.01))
