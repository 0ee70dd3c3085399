import multiprocessing as mp
import os

offset = 0


def init(value):
    global offset
    offset = value


def shifted(x):
    return x + offset


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2, initializer=init, initargs=(1000,)) as pool:
        print(pool.map(shifted, range(5)))
    print("parent offset unchanged:", offset)
    with mp.Pool(1, init, (5,)) as pool:
        print(pool.apply(shifted, (1,)))
