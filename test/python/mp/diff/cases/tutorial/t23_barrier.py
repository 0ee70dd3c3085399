# A Barrier: every party waits for the others; wait() returns a distinct index to each.
import multiprocessing as mp
import os


def party(barrier, q):
    idx = barrier.wait()
    q.put(idx)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    barrier = mp.Barrier(3)
    q = mp.Queue()
    procs = [mp.Process(target=party, args=(barrier, q)) for _ in range(3)]
    for p in procs:
        p.start()
    print(sorted(q.get() for _ in procs))
    for p in procs:
        p.join()
    print(barrier.parties, barrier.n_waiting, barrier.broken)
