# maxtasksperchild: workers are replaced, yet every task runs exactly once.
import multiprocessing as mp
import os


def ident(x):
    return (x, x % 3)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2, maxtasksperchild=2) as pool:
        out = pool.map(ident, range(9), chunksize=1)
    print(out)
    print(len(out))
