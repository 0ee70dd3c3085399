import multiprocessing as mp
import os


def who(_):
    return os.getpid(), mp.current_process().name


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Pool(1, maxtasksperchild=1) as pool:
        results = pool.map(who, range(3), chunksize=1)
    print("distinct worker pids:", len({pid for pid, _ in results}))
    print([name for _, name in results])
