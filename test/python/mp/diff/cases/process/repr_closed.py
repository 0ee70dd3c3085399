import multiprocessing as mp
import os


def noop():
    pass


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=noop, name="closer")
    p.start()
    p.join()
    p.close()
    print(repr(p))
    print(p.name, p.daemon)
    for attr in ["pid", "exitcode", "ident", "sentinel"]:
        try:
            print(attr, getattr(p, attr))
        except ValueError as e:
            print(attr, "->", type(e).__name__, e)
    for method in ["start", "join", "is_alive", "terminate", "kill"]:
        try:
            getattr(p, method)()
        except ValueError as e:
            print(method, "->", type(e).__name__, e)
    p.close()
    print("second close is fine")
    never = mp.Process(target=noop)
    never.close()
    print(repr(never))
