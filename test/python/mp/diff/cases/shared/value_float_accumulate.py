import multiprocessing as mp
import os


def add_halves(total, n):
    for _ in range(n):
        with total.get_lock():
            total.value += 0.5


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    total = mp.Value("d", 0.0)
    procs = [mp.Process(target=add_halves, args=(total, 200)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(total.value, repr(total))
