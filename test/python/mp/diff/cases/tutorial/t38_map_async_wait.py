# map_async returns at once; wait(), ready() and get() follow the result.
import multiprocessing as mp
import os


def inc(x):
    return x + 1


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        r = pool.map_async(inc, range(5))
        r.wait()
        print(r.ready(), r.successful(), r.get())
        r2 = pool.starmap_async(pow, [(2, 3), (3, 2)])
        print(r2.get(timeout=5))
