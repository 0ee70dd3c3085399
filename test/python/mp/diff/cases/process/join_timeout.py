import multiprocessing as mp
import os
import time


def wait_on(ev):
    ev.wait()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ev = mp.Event()
    p = mp.Process(target=wait_on, args=(ev,))
    p.start()
    t0 = time.time()
    result = p.join(0.3)
    waited = time.time() - t0
    print("join(0.3) returned", result, "| waited >= 0.3:", waited >= 0.29, "| exitcode", p.exitcode, "| alive", p.is_alive())
    print("join(0):", p.join(0), p.exitcode, "| join(-1):", p.join(-1), p.exitcode)
    ev.set()
    p.join(10)
    print("after set:", p.exitcode, p.is_alive())
