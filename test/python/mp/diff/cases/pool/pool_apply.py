import multiprocessing as mp
import os


def power(base, exp=2):
    return base ** exp


def describe(*args, **kwargs):
    return f"args={args} kwargs={sorted(kwargs.items())}"


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        print(pool.apply(power, (3,)))
        print(pool.apply(power, (2,), {"exp": 100}))
        print(pool.apply(describe))
        print(pool.apply(describe, (1, "x"), {"k": None}))
        print(pool.apply(sum, ([1, 2, 3],)))
