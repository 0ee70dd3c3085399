import multiprocessing as mp
import os


def noop():
    pass


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=noop)
    p.start()
    try:
        p.start()
    except Exception as e:
        print(type(e).__name__, e)
    p.join()
    try:
        p.start()
    except Exception as e:
        print(type(e).__name__, e)
    print("exitcode", p.exitcode)
