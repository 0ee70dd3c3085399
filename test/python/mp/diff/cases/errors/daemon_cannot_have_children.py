import multiprocessing as mp
import os


def grandchild():
    print("grandchild ran (should not happen)", flush=True)


def daemon_child():
    g = mp.Process(target=grandchild)
    try:
        g.start()
    except Exception as e:
        print("in daemon child:", type(e).__name__, e, flush=True)
    print("daemon child still exits normally", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    d = mp.Process(target=daemon_child, daemon=True)
    d.start()
    d.join()
    print("daemon exitcode", d.exitcode)
