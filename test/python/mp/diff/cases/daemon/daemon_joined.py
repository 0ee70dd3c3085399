import multiprocessing as mp
import os
import time


def work(q):
    time.sleep(0.2)
    print("daemon child prints", flush=True)
    q.put("daemon result")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    d = mp.Process(target=work, args=(q,), daemon=True)
    d.start()
    print(q.get())
    d.join()
    print("daemon exitcode", d.exitcode, repr(d))
