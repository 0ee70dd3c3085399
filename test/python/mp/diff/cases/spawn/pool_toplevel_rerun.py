import multiprocessing as mp
import os

print("module level, __name__ =", __name__)


def square(x):
    return x * x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(1) as pool:
        print(pool.map(square, range(4)))
    print("main done")
