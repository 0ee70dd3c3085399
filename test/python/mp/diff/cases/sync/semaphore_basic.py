import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    s = mp.Semaphore(2)
    print(repr(s), s.get_value())
    print(s.acquire(), s.acquire(), s.get_value(), repr(s))
    print("acquire(False) at zero:", s.acquire(False))
    print("acquire(timeout=0.1) at zero:", s.acquire(timeout=0.1))
    s.release()
    s.release()
    s.release()
    print("over-release allowed:", s.get_value(), repr(s))
    with s:
        print("inside with:", s.get_value())
    print(repr(mp.Semaphore()), repr(mp.Semaphore(0)))
    try:
        mp.Semaphore(-1)
    except (OSError, ValueError) as e:
        print(type(e).__name__ + ":", e)
