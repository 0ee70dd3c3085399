import multiprocessing as mp
import os


def double(x):
    return 2 * x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        for cs in [1, 2, 3, 100]:
            print(cs, pool.map(double, range(7), chunksize=cs))
        print("chunksize=0 silently gives:", pool.map(double, range(4), chunksize=0))
        print(sorted(pool.imap_unordered(double, range(7), chunksize=3)))
