# A Manager's dict and list, changed by child processes.
import multiprocessing as mp
import os


def record(d, l, key):
    d[key] = key * 2
    l.append(key)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as manager:
        d = manager.dict()
        l = manager.list()
        procs = [mp.Process(target=record, args=(d, l, k)) for k in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(d.items()))
        print(sorted(l))
