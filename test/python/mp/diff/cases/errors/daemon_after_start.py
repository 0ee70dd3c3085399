import multiprocessing as mp
import os


def wait_on(ev):
    ev.wait()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ev = mp.Event()
    p = mp.Process(target=wait_on, args=(ev,))
    p.start()
    try:
        p.daemon = True
    except Exception as e:
        print(type(e).__name__, e)
    print("daemon still", p.daemon)
    try:
        p.close()
    except Exception as e:
        print(type(e).__name__, e)
    ev.set()
    p.join()
    p.close()
    print(repr(p))
