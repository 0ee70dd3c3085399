import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    m = mp.Manager()
    d = m.dict()
    l = m.list([1])
    for label, call in [("d['nope']", lambda: d["nope"]), ("l[99]", lambda: l[99]),
                        ("l.remove(5)", lambda: l.remove(5)), ("d.pop('x')", lambda: d.pop("x"))]:
        try:
            call()
        except Exception as e:
            print(label, "->", type(e).__name__, e)
    m.shutdown()
    try:
        m.dict()
    except Exception as e:
        print("after shutdown m.dict() ->", type(e).__name__, e)
