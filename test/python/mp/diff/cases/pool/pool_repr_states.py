import multiprocessing as mp
import os


def ident(x):
    return x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    pool = mp.Pool(3)
    print(repr(pool))
    print(pool.apply(ident, ("still running",)))
    pool.close()
    print(repr(pool))
    pool.join()
    print(repr(pool))
    p2 = mp.Pool(processes=1)
    p2.terminate()
    print(repr(p2))
