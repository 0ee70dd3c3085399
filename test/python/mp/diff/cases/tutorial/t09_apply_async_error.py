# Errors in pool tasks: get() re-raises them; error_callback sees the exception.
import multiprocessing as mp
import os


def risky(x):
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x


errors = []

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        r = pool.apply_async(risky, (3,), error_callback=lambda e: errors.append(repr(e)))
        try:
            r.get(timeout=5)
        except ValueError as e:
            print("caught:", e)
        print(r.successful())
        print(pool.apply(risky, (4,)))
        try:
            pool.map(risky, range(5))
        except ValueError as e:
            print("map raised:", e)
    print(errors)
