import multiprocessing as mp
import os


def party(barrier, q):
    q.put(barrier.wait(10))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    b = mp.Barrier(3)
    print(repr(b))
    print(b.parties, b.n_waiting, b.broken)
    q = mp.Queue()
    procs = [mp.Process(target=party, args=(b, q)) for _ in range(2)]
    for p in procs:
        p.start()
    mine = b.wait(10)
    indices = sorted([mine] + [q.get() for _ in procs])
    for p in procs:
        p.join()
    print("distinct indices:", indices)
    print(repr(b))
