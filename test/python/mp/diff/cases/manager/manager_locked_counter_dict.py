import multiprocessing as mp
import os


def worker(d, lock, n):
    for _ in range(n):
        with lock:
            d["count"] += 1
            d["ops"] = d["ops"] + 1


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        d = m.dict(count=0, ops=0)
        lock = m.Lock()
        procs = [mp.Process(target=worker, args=(d, lock, 25)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(d.copy())
