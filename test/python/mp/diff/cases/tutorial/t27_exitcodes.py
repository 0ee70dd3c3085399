# Exit codes: normal return, sys.exit(n), an exception, terminate() and kill().
import multiprocessing as mp
import os

import sys
import time


def ok():
    pass


def exits(n):
    sys.exit(n)


def fails():
    raise KeyError("missing")


def hangs():
    time.sleep(30)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    for target, args in [(ok, ()), (exits, (3,)), (exits, ("message",))]:
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, args, p.exitcode)
    for how in ("terminate", "kill"):
        p = mp.Process(target=hangs)
        p.start()
        getattr(p, how)()
        p.join()
        print(how, p.exitcode)
    p = mp.Process(target=fails)
    p.start()
    p.join()
    print("fails", p.exitcode)
