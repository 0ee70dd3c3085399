import multiprocessing as mp
import os
import time


def stubborn(ev):
    try:
        ev.set()
        time.sleep(30)
    finally:
        print("finally in child (must not print)", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    for method in ["terminate", "kill"]:
        ev = mp.Event()
        p = mp.Process(target=stubborn, args=(ev,))
        p.start()
        ev.wait()
        getattr(p, method)()
        p.join()
        print(method, "exitcode", p.exitcode, "alive", p.is_alive())
        print(repr(p))
        p.terminate()
        print("terminate after exit is a no-op:", p.exitcode)
