# apply_async with a callback that collects results in the parent.
import multiprocessing as mp
import os


results = []


def collect(value):
    results.append(value)


def work(x):
    return x * 10


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    pool = mp.Pool(2)
    handles = [pool.apply_async(work, (i,), callback=collect) for i in range(6)]
    pool.close()
    pool.join()
    print(sorted(results))
    print([h.get() for h in handles])
    print(all(h.ready() and h.successful() for h in handles))
