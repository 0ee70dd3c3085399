import multiprocessing as mp
import os


def boom(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x


class CustomError(Exception):
    pass


def custom(x):
    raise CustomError("custom from worker", x)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(2) as pool:
        try:
            pool.map(boom, range(6))
        except ValueError as e:
            print("map raised", type(e).__name__, e)
        try:
            pool.apply(custom, (7,))
        except CustomError as e:
            print("apply raised", type(e).__name__, e.args)
        r = pool.apply_async(boom, (3,))
        r.wait()
        print("ready", r.ready(), "successful", r.successful())
        try:
            r.get()
        except ValueError as e:
            print("get raised", repr(e))
        print("pool still works:", pool.map(boom, [1, 2]))
