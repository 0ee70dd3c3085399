# Pool.starmap with several arguments per task, and zip-built argument lists.
import multiprocessing as mp
import os


def power(base, exp):
    return base ** exp


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    pairs = list(zip(range(1, 6), [2, 3, 2, 3, 2]))
    with mp.Pool(2) as pool:
        print(pool.starmap(power, pairs))
        print(pool.starmap(max, [(1, 5), (7, 2), (3, 3)]))
