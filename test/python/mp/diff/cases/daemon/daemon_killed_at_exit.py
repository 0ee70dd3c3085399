import multiprocessing as mp
import os
import time


def daemon_work():
    time.sleep(3)
    print("daemon finished (must not print)", flush=True)


def normal_work():
    time.sleep(0.5)
    print("non-daemon finished", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    d = mp.Process(target=daemon_work, daemon=True)
    n = mp.Process(target=normal_work)
    d.start()
    n.start()
    print("main done, exiting without join")
