import multiprocessing as mp
import os
import time


def sleepy(x):
    time.sleep(5)
    return x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    pool = mp.Pool(2)
    r = pool.apply_async(sleepy, (1,))
    t0 = time.time()
    pool.terminate()
    pool.join()
    print(repr(pool), "| fast:", time.time() - t0 < 4)
    print("result ready after terminate:", r.ready())
    try:
        r.get(timeout=0.2)
    except mp.TimeoutError:
        print("get(timeout=0.2) -> TimeoutError")
    print(mp.active_children())
