import multiprocessing as mp
import os
import time
from concurrent.futures import ProcessPoolExecutor
import concurrent.futures as cf


def slow(x):
    time.sleep(0.3)
    return x


def init(tag):
    # the worker takes no call before every submit() below is done
    time.sleep(0.2)
    print("initializer", tag, mp.current_process().name, flush=True)


def worker_name():
    return mp.current_process().name


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ex = ProcessPoolExecutor(max_workers=1, initializer=init, initargs=("w",))
    fs = [ex.submit(slow, i) for i in range(5)]
    # the call queue holds max_workers + 1 calls: those two run, the others are cancelled
    ex.shutdown(wait=True, cancel_futures=True)
    print(["cancelled" if f.cancelled() else f.result() for f in fs])
    ex = ProcessPoolExecutor(max_workers=2)
    try:
        list(ex.map(slow, range(4), timeout=0.1))
    except cf.TimeoutError:
        print("map timed out")
    results = []
    f = ex.submit(slow, "callback")
    f.add_done_callback(lambda fut: results.append(fut.result()))
    print(f.result(), f.done(), f.running(), f.cancelled())
    time.sleep(0.05)
    print(results)
    ex.shutdown(wait=False)
    ctx = mp.get_context("spawn")
    # one call at a time: each worker ends after two calls and another takes its place
    # (CPython 3.11 hangs if the calls are queued at once, as with map())
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, max_tasks_per_child=2) as ex2:
        print([ex2.submit(worker_name).result() for _ in range(5)])
    left = ProcessPoolExecutor(max_workers=1)
    print(left.submit(pow, 2, 8).result())
    print("leaving without shutdown")
