import multiprocessing as mp
import os


def show():
    print("child name:", mp.current_process().name, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=show)
    print(p.name)
    p.name = "renamed"
    print(repr(p))
    try:
        p.name = 42
    except AssertionError as e:
        print("AssertionError:", e)
    p.start()
    p.join()
    p.name = "after-run"
    print(p.name, repr(p).startswith("<Process name='after-run'"))
    me = mp.current_process()
    me.name = "Boss"
    q = mp.Process(target=show)
    print(q.name, me.name)
    q.start()
    q.join()
