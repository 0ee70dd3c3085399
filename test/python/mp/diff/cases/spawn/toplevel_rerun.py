import multiprocessing as mp
import os

print("top-level run, __name__ =", __name__)


def child(n):
    print("child", n, "running, module __name__ =", __name__, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    for n in range(3):
        p = mp.Process(target=child, args=(n,))
        p.start()
        p.join()
    print("main done")
