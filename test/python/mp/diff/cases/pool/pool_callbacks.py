import multiprocessing as mp
import os


def square(x):
    return x * x


def risky(x):
    if x % 3 == 0:
        raise ValueError(f"bad {x}")
    return x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    got, errors, whole = [], [], []
    pool = mp.Pool(2)
    for i in range(5):
        pool.apply_async(square, (i,), callback=got.append)
    for i in range(1, 7):
        pool.apply_async(risky, (i,), callback=got.append, error_callback=errors.append)
    pool.map_async(square, [10, 20], callback=whole.append)
    pool.close()
    pool.join()
    print(sorted(got))
    print(sorted(repr(e) for e in errors), [type(e).__name__ for e in errors])
    print(whole)
