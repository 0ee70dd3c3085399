import multiprocessing as mp
import os


def child(ns):
    ns.total = ns.x * 10
    ns.tags = ns.tags + ["child"]


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        ns = m.Namespace()
        ns.x = 4
        ns.tags = ["parent"]
        p = mp.Process(target=child, args=(ns,))
        p.start()
        p.join()
        print(ns.x, ns.total, ns.tags)
        print(ns)
        try:
            ns.missing
        except AttributeError as e:
            print("AttributeError:", e)
