# concurrent.futures.ProcessPoolExecutor: submit, as_completed, map, and an exception.
import multiprocessing as mp
import os

from concurrent.futures import ProcessPoolExecutor, as_completed


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def boom(x):
    raise RuntimeError(f"task {x} failed")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ctx = mp.get_context(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        futs = {ex.submit(fib, n): n for n in (10, 15, 20)}
        done = sorted((futs[f], f.result()) for f in as_completed(futs))
        print(done)
        print(list(ex.map(fib, range(8))))
        f = ex.submit(boom, 7)
        try:
            f.result()
        except RuntimeError as e:
            print("raised:", e)
        print(f.done(), type(f.exception()).__name__)
