import multiprocessing as mp
import os


def child(n):
    for i in range(3):
        print(f"child {n} line {i}", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    print("parent start")
    for n in range(2):
        p = mp.Process(target=child, args=(n,))
        p.start()
        p.join()
        print("parent after child", n)
    print("parent end")
