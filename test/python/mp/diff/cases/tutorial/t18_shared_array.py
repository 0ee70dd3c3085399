# A shared Array: each process fills its own slice.
import multiprocessing as mp
import os


def fill(arr, start, stop):
    for i in range(start, stop):
        arr[i] = i * i


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    arr = mp.Array("d", 8)
    procs = [mp.Process(target=fill, args=(arr, k * 4, k * 4 + 4)) for k in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(arr[:])
    print(len(arr), arr[3])
