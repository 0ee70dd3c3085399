import multiprocessing as mp
import os


def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    for kw in [dict(args=(1, 2)), dict(args=[3]), dict(args="ab"), dict(args=range(3)),
               dict(kwargs={"k": "v"}), dict(args=(None,), kwargs={"x": [1, {"y": 2}]}), dict()]:
        p = mp.Process(target=show, **kw)
        p.start()
        p.join()
    try:
        mp.Process(target=show, args=5)
    except TypeError as e:
        print("TypeError:", e)
    empty = mp.Process()
    empty.start()
    empty.join()
    print("no target exitcode", empty.exitcode)
    try:
        mp.Process(group="g")
    except AssertionError as e:
        print("AssertionError:", e)
