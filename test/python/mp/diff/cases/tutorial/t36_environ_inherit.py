# os.environ changes made before start() reach the child, under fork and under spawn.
import multiprocessing as mp
import os


def show(q):
    q.put((os.environ.get("APP_MODE"), os.environ.get("NOT_SET", "default")))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    os.environ["APP_MODE"] = "testing"
    q = mp.Queue()
    p = mp.Process(target=show, args=(q,))
    p.start()
    print(q.get())
    p.join()
    del os.environ["APP_MODE"]
    p = mp.Process(target=show, args=(q,))
    p.start()
    print(q.get())
    p.join()
