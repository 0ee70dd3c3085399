import multiprocessing as mp
import os
import time


def late_producer(q, ev):
    ev.wait()
    time.sleep(0.3)
    q.put("arrived late")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    ev = mp.Event()
    p = mp.Process(target=late_producer, args=(q, ev))
    p.start()
    t0 = time.time()
    ev.set()
    value = q.get()
    print(value, "| blocked at least 0.3 s:", time.time() - t0 >= 0.29)
    p.join()
