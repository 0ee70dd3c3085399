# Naming processes and reading current_process() inside them.
import multiprocessing as mp
import os


def report(q):
    me = mp.current_process()
    q.put((me.name, me.daemon, mp.parent_process().name))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    for name in ["alpha", "beta"]:
        p = mp.Process(target=report, args=(q,), name=name)
        p.start()
        print(q.get())
        p.join()
    p = mp.Process(target=report, args=(q,))
    p.start()
    print(q.get()[0].startswith("Process-"))
    p.join()
    print(mp.current_process().name, mp.parent_process())
