import multiprocessing as mp
import os


def noop():
    pass


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    before = mp.Process(target=noop)
    m = mp.Manager()
    after = mp.Process(target=noop)
    print(before.name, after.name)
    print(sorted(p.name for p in mp.active_children()))
    server = mp.active_children()[0]
    print(repr(server))
    m.shutdown()
    print(mp.active_children())
