import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    for kwargs in [{"processes": 0}, {"processes": -1}, {"processes": 1, "maxtasksperchild": 0},
                   {"processes": 1, "maxtasksperchild": -2}, {"processes": 1, "initializer": 5}]:
        try:
            mp.Pool(**kwargs)
            print(kwargs, "accepted?!")
        except (ValueError, TypeError) as e:
            print(kwargs, "->", type(e).__name__, e)
