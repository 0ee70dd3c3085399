import multiprocessing as mp
import os
import sys


class Token:
    pass


def child(q):
    q.put((__name__, Token.__module__, os.path.basename(sys.argv[0]), len(sys.argv),
           sys.modules["__main__"].__name__))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print("child:", q.get())
    p.join()
    print("parent:", (__name__, Token.__module__, os.path.basename(sys.argv[0]), len(sys.argv)))
