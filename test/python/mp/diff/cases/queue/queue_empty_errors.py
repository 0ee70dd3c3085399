import multiprocessing as mp
import os
import queue
import time

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    t0 = time.time()
    try:
        q.get(timeout=0.3)
    except queue.Empty as e:
        print("get(timeout=0.3):", type(e).__name__, repr(e), repr(str(e)), "| waited:", time.time() - t0 >= 0.29)
    for label, call in [("get_nowait()", q.get_nowait), ("get(False)", lambda: q.get(False)),
                        ("get(False, 5)", lambda: q.get(False, 5)), ("get(timeout=-1)", lambda: q.get(timeout=-1))]:
        t0 = time.time()
        try:
            call()
        except queue.Empty as e:
            print(label, "->", type(e).__name__, "| immediate:", time.time() - t0 < 1)
    print(type(queue.Empty()).__module__, queue.Empty.__name__, mp.queues.Empty is queue.Empty)
    print(hasattr(mp, "Empty"), issubclass(queue.Empty, Exception))
