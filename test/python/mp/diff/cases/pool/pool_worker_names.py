import multiprocessing as mp
import os


def noop():
    pass


def name_of(_):
    return mp.current_process().name


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a = mp.Process(target=noop)
    b = mp.Process(target=noop)
    pool = mp.Pool(2)
    workers = sorted(mp.active_children(), key=lambda p: p.name)
    for w in workers:
        print(repr(w), w.daemon)
    names = set(pool.map(name_of, range(8)))
    print(names <= {w.name for w in workers})
    pool.close()
    pool.join()
    print(mp.active_children())
    c = mp.Process(target=noop)
    print(a.name, b.name, c.name)
