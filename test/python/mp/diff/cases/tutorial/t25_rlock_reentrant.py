# An RLock taken twice by the same process; a plain Lock would block there.
import multiprocessing as mp
import os


def nested(lock, q):
    with lock:
        with lock:
            q.put("inner")
    q.put(lock.acquire(timeout=1))
    lock.release()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    lock = mp.RLock()
    q = mp.Queue()
    p = mp.Process(target=nested, args=(lock, q))
    p.start()
    print(q.get(), q.get())
    p.join()
    plain = mp.Lock()
    plain.acquire()
    print(plain.acquire(timeout=0.05))
    plain.release()
