import multiprocessing as mp
import os
import queue
import time

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue(maxsize=2)
    q.put("a")
    q.put("b")
    print("qsize", q.qsize(), "full", q.full())
    try:
        q.put_nowait("c")
    except queue.Full as e:
        print("put_nowait:", type(e).__name__, repr(e))
    t0 = time.time()
    try:
        q.put("c", timeout=0.3)
    except queue.Full:
        print("put(timeout=0.3): Full after waiting:", time.time() - t0 >= 0.29)
    for label, call in [("put(x, False)", lambda: q.put("c", False)), ("put(x, timeout=-1)", lambda: q.put("c", timeout=-1))]:
        try:
            call()
        except queue.Full:
            print(label, "-> Full")
    print(q.get())
    q.put("c")
    print("after get+put: qsize", q.qsize(), "full", q.full())
    print([q.get() for _ in range(2)], q.qsize(), q.full())
