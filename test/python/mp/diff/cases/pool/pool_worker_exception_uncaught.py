import multiprocessing as mp
import os


def boom(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        print(pool.map(boom, range(3)))
        print(pool.map(boom, range(6)))
