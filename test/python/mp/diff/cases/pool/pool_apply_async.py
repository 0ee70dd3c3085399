import multiprocessing as mp
import os


def cube(x):
    return x ** 3


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        results = [pool.apply_async(cube, (i,)) for i in range(6)]
        print(repr(results[0]))
        print([r.get(timeout=10) for r in results])
        r = results[-1]
        print("ready", r.ready(), "successful", r.successful(), "wait ->", r.wait(), "get again", r.get())
        m = pool.map_async(cube, range(4))
        print(repr(m).startswith("<multiprocessing.pool.MapResult object at 0x"), m.get(10))
        s = pool.starmap_async(pow, [(2, 3), (3, 2)])
        print(s.get(10))
