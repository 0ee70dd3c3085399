import multiprocessing as mp
import os


def noop():
    pass


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=noop)
    for name, action in [("join", p.join), ("terminate", p.terminate), ("kill", p.kill),
                         ("sentinel", lambda: p.sentinel), ("is_alive", p.is_alive),
                         ("close", p.close)]:
        try:
            print(name, "->", action())
        except Exception as e:
            print(name, "->", type(e).__name__, e)
    print(repr(p))
