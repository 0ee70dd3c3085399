import multiprocessing as mp
import os


def contender(lock, q, go):
    q.put(("repr while parent holds", repr(lock)))
    q.put(("acquire(timeout=0.2)", lock.acquire(timeout=0.2)))
    q.put(("ready", None))
    go.wait()
    q.put(("blocking acquire after release", lock.acquire()))
    q.put(("repr while child holds", repr(lock)))
    lock.release()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    lock = mp.Lock()
    q = mp.Queue()
    go = mp.Event()
    lock.acquire()
    p = mp.Process(target=contender, args=(lock, q, go), name="Contender")
    p.start()
    for _ in range(3):
        print(q.get())
    lock.release()
    go.set()
    for _ in range(2):
        print(q.get())
    p.join()
    print("parent can acquire again:", lock.acquire(False), repr(lock))
