# Pool.map over a range, and the same with a chunksize.
import multiprocessing as mp
import os


def cube(x):
    return x ** 3


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(processes=3) as pool:
        print(pool.map(cube, range(10)))
        print(pool.map(cube, range(10), chunksize=4))
        print(sum(pool.map(cube, [])))
