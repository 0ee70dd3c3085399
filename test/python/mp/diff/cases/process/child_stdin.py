import multiprocessing as mp
import os


def child():
    try:
        value = input("child prompt> ")
        print("child read", value, flush=True)
    except EOFError as e:
        print("EOFError in child:", e, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    first = input("parent prompt> ")
    print("parent read", repr(first))
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("parent reads again:", repr(input()))
