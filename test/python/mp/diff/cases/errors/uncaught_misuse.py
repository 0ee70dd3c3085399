import multiprocessing as mp
import os


def noop():
    pass


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=noop)
    print("joining before start")
    p.join()
