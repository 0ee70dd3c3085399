import multiprocessing as mp
import os


def wait_on(ev):
    ev.wait()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ev = mp.Event()
    p = mp.Process(target=wait_on, args=(ev,), daemon=True)
    p.start()
    print("closing a running process")
    p.close()
