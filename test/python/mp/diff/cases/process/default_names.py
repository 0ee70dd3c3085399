import multiprocessing as mp
import os


class Worker(mp.Process):
    pass


def show():
    print("child sees its name:", mp.current_process().name, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a = mp.Process(target=show)
    b = mp.Process(target=show)
    c = mp.Process(target=show, name="Custom")
    d = mp.Process(target=show)
    w = Worker()
    w2 = Worker(name="NamedWorker")
    print([p.name for p in (a, b, c, d, w, w2)])
    for p in (a, c, d):
        p.start()
        p.join()
    print(mp.current_process().name)
    e = mp.Process()
    print(e.name)
