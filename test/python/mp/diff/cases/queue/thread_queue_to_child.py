import multiprocessing as mp
import os
import queue


def child(tq):
    tq.put("from child")
    print("child put into its copy; child sees qsize", tq.qsize(), flush=True)


if __name__ == "__main__":
    method = os.environ.get("FORKSCOPE_START_METHOD", "fork")
    mp.set_start_method(method)
    tq = queue.Queue()
    p = mp.Process(target=child, args=(tq,))
    try:
        p.start()
        p.join()
        print("parent's queue.Queue is still empty:", tq.empty())
    except TypeError as e:
        print("start() failed:", type(e).__name__, e)
        print(repr(p))
