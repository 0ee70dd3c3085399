import multiprocessing as mp
import os
import queue

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    q.put(lambda x: x)
    print("put of a lambda did not raise in the caller")
    try:
        print(q.get(timeout=1.0))
    except queue.Empty:
        print("the item was dropped: Empty")
    q.put("still usable")
    print(q.get(timeout=5))
