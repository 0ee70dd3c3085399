# imap keeps order; imap_unordered does not (so the results are sorted before printing).
import multiprocessing as mp
import os


def slow_double(x):
    return 2 * x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(3) as pool:
        print(list(pool.imap(slow_double, range(8))))
        print(sorted(pool.imap_unordered(slow_double, range(8))))
        it = pool.imap(slow_double, [5, 6])
        print(next(it), next(it))
        try:
            next(it)
        except StopIteration:
            print("exhausted")
