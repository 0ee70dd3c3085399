import multiprocessing as mp
import os
import time


def slow_square(x):
    time.sleep(0.02 * (5 - x % 5))
    return x * x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(3) as pool:
        it = pool.imap(slow_square, range(10))
        print(type(it).__name__)
        print(list(it))
        print(list(pool.imap(slow_square, range(10), chunksize=4)))
        unordered = pool.imap_unordered(slow_square, range(10))
        print(type(unordered).__name__, sorted(unordered))
        it = pool.imap(slow_square, [3, 4])
        print(next(it), it.next(timeout=10))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
        try:
            pool.imap(slow_square, range(3), chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
