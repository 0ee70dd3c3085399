import multiprocessing as mp
import os


def try_release(rlock):
    try:
        rlock.release()
    except AssertionError as e:
        print("child release:", type(e).__name__, e, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    r = mp.RLock()
    print(repr(r))
    print(r.acquire(), r.acquire(), repr(r))
    p = mp.Process(target=try_release, args=(r,))
    p.start()
    p.join()
    r.release()
    print(repr(r))
    r.release()
    print(repr(r))
    try:
        r.release()
    except AssertionError as e:
        print("AssertionError:", e)
    with r:
        with r:
            print("nested with:", repr(r))
    print(repr(r))
