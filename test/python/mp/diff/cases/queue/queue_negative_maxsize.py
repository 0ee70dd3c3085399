import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    for size in [0, -5]:
        q = mp.Queue(size)
        for i in range(100):
            q.put(i)
        print(size, "full:", q.full(), "qsize:", q.qsize())
        print(sum(q.get() for _ in range(100)))
