# Queue.get with a timeout, get_nowait on an empty queue, and the queue.Empty exception.
import multiprocessing as mp
import os

import queue


def late(q):
    q.put("finally")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("empty now")
    p = mp.Process(target=late, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
