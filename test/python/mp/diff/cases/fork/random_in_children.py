import multiprocessing as mp
import os
import random


def child(q):
    q.put(random.random())


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    random.seed(1)
    q = mp.Queue()
    procs = [mp.Process(target=child, args=(q,)) for _ in range(3)]
    for p in procs:
        p.start()
    values = [q.get() for _ in procs]
    for p in procs:
        p.join()
    print("children repeat the parent's seeded value:", 0.13436424411240122 in values)
    print("children got distinct values:", len(set(values)) == 3)
    print("parent's sequence continues:", random.random() == 0.13436424411240122)
