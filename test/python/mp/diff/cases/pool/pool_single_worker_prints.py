import multiprocessing as mp
import os


def task(x):
    print(f"worker handles {x}", flush=True)
    return x * 100


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(1) as pool:
        for x in range(3):
            print("submitting", x)
            print("result", pool.apply(task, (x,)))
        print(pool.map(task, [7, 8], chunksize=1))
