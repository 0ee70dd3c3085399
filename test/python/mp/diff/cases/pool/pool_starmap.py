import multiprocessing as mp
import os


def add(a, b):
    return a + b


def fmt(name, n, sep=":"):
    return f"{name}{sep}{n}"


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        print(pool.starmap(add, [(1, 2), (3, 4), ("x", "y"), ([1], [2])]))
        print(pool.starmap(fmt, zip("abc", range(3))))
        print(pool.starmap(add, []))
        try:
            pool.starmap(add, [(1, 2, 3)])
        except TypeError as e:
            print("TypeError:", e)
