# The "joining processes that use queues" deadlock of CPython's programming guidelines:
# the child put an item larger than the pipe (64 KiB), so it cannot exit until someone
# reads it; the parent joins it before getting. CPython hangs here (test/python/mp/feeder.test.ts).
import multiprocessing as mp
import os


def worker(q):
    q.put("x" * 1_000_000)
    print("child: put returned", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    p = mp.Process(target=worker, args=(q,))
    p.start()
    p.join()
    print("joined")
    print(len(q.get()))
