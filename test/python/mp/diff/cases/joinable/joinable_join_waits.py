import multiprocessing as mp
import os
import time


def slow_worker(q):
    for _ in range(3):
        item = q.get()
        time.sleep(0.1)
        print("processed", item, flush=True)
        q.task_done()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.JoinableQueue()
    for item in "abc":
        q.put(item)
    p = mp.Process(target=slow_worker, args=(q,))
    p.start()
    q.join()
    print("join returned after every task_done")
    p.join()
