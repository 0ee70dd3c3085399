import multiprocessing as mp
import os


def releaser(lock):
    lock.release()
    print("child released the parent's lock", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    lock = mp.Lock()
    lock.acquire()
    p = mp.Process(target=releaser, args=(lock,))
    p.start()
    p.join()
    print("repr still says:", repr(lock))
    try:
        lock.release()
    except ValueError as e:
        print("parent release -> ValueError:", e)
    print("acquire(False):", lock.acquire(False))
    lock.release()
