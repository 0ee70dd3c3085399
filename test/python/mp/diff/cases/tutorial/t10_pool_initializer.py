# A Pool initializer sets a per-worker global that tasks read.
import multiprocessing as mp
import os


factor = None


def init(f):
    global factor
    factor = f


def scale(x):
    return x * factor


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2, initializer=init, initargs=(7,)) as pool:
        print(pool.map(scale, range(6)))
    print("parent factor:", factor)
