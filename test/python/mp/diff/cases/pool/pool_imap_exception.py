import multiprocessing as mp
import os


def boom(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * 10


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        it = pool.imap(boom, range(6))
        while True:
            try:
                print(next(it))
            except StopIteration:
                print("StopIteration")
                break
            except ValueError as e:
                print("ValueError at its position:", e)
