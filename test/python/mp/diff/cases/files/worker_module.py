# A target function that lives in a sibling module: under spawn the child imports
# worker.py again (its top level runs once more, in the child) and finds the function there.
import multiprocessing as mp
import os

import worker

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    for n in (3, 4):
        p = mp.Process(target=worker.square_into, args=(n, q))
        p.start()
        print("got", q.get())
        p.join()
        print("exitcode", p.exitcode)
    print("parent loads:", worker.LOADS)
    p = mp.Process(target=worker.crash, args=("bad input",))
    p.start()
    p.join()
    print("crash exitcode", p.exitcode)
