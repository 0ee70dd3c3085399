import multiprocessing as mp
import os


def fill(arr, i):
    arr[i] = i * i


def double_all(arr):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] *= 2


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    arr = mp.Array("i", 6)
    procs = [mp.Process(target=fill, args=(arr, i)) for i in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(arr[:])
    p = mp.Process(target=double_all, args=(arr,))
    p.start()
    p.join()
    print(arr[:])
