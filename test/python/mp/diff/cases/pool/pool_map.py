import multiprocessing as mp
import os


def square(x):
    return x * x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []))
        print(pool.map(square, [3]))
        print(pool.map(len, ["a", "bb", "ccc"]))
        print(pool.map(square, range(20), chunksize=7))
        print(pool.map(str.upper, "abc"))
