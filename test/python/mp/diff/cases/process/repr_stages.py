import multiprocessing as mp
import os


def wait_for(event):
    event.wait()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ev = mp.Event()
    p = mp.Process(target=wait_for, args=(ev,))
    print("created:", repr(p))
    p.start()
    print("running:", repr(p))
    ev.set()
    p.join()
    print("stopped:", repr(p))
    ev.clear()
    d = mp.Process(target=wait_for, args=(ev,), daemon=True)
    print("daemon created:", repr(d))
    d.start()
    print("daemon running:", repr(d))
    ev.set()
    d.join()
    print("daemon stopped:", repr(d))
    print("str is repr:", str(p) == repr(p))
