import multiprocessing as mp
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED


def square(x):
    return x * x


def slow_square(x):
    time.sleep(0.3)
    return x * x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with ProcessPoolExecutor(max_workers=2) as ex:
        first = [ex.submit(slow_square, 1), ex.submit(slow_square, 2)]
        # fork starts every worker at the first submit; spawn one per submit while none is idle
        print(sorted(p.name for p in mp.active_children()))
        print([f.result() for f in first])
        fs = [ex.submit(square, i) for i in range(6)]
        print([f.result() for f in fs])
        print(list(ex.map(square, range(10), chunksize=3)))
        print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
        print(sorted(f.result() for f in as_completed(fs)))
        done, not_done = wait(fs, return_when=ALL_COMPLETED)
        print(len(done), len(not_done), all(f.done() for f in fs))
        print(repr(fs[0]).split(" state=")[1])
    print(sorted(p.name for p in mp.active_children()))
    print(ex.submit.__qualname__)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
