import multiprocessing as mp
import os
import sys


def grandchild():
    sys.exit(4)


def child():
    g = mp.Process(target=grandchild)
    g.start()
    g.join()
    print("child saw grandchild exitcode", g.exitcode, flush=True)
    sys.exit(g.exitcode * 10)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("main saw child exitcode", p.exitcode)
