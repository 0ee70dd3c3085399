import multiprocessing as mp
import os
import time

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    lock = mp.Lock()
    print(repr(lock))
    print("acquire():", lock.acquire())
    print(repr(lock))
    print("acquire(False) while held:", lock.acquire(False))
    t0 = time.time()
    print("acquire(timeout=0.2):", lock.acquire(timeout=0.2), "| waited:", time.time() - t0 >= 0.19)
    t0 = time.time()
    print("acquire(True, -1):", lock.acquire(True, -1), "| acquire(block=False, timeout=5):", lock.acquire(block=False, timeout=5), "| immediate:", time.time() - t0 < 1)
    lock.release()
    print(repr(lock))
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
    with lock:
        print("inside with:", repr(lock))
    print("after with:", repr(lock))
    print(hasattr(lock, "locked"))
