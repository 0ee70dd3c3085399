import multiprocessing as mp
import os
import time


def forever(ev):
    ev.set()
    while True:
        time.sleep(0.1)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ev = mp.Event()
    d = mp.Process(target=forever, args=(ev,), daemon=True)
    d.start()
    ev.wait()
    print("daemon is running:", d.is_alive())
    print("main exits; the daemon is terminated by the atexit handler")
