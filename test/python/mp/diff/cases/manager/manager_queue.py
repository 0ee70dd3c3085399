import multiprocessing as mp
import os
import queue


def producer(q):
    for i in range(3):
        q.put(i * 11)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        q = m.Queue()
        p = mp.Process(target=producer, args=(q,))
        p.start()
        p.join()
        print(q.qsize(), [q.get() for _ in range(3)], q.empty())
        try:
            q.get_nowait()
        except queue.Empty as e:
            print("Empty:", type(e).__name__, repr(e))
        try:
            q.get(timeout=0.2)
        except queue.Empty:
            print("Empty after timeout")
        bounded = m.Queue(1)
        bounded.put("x")
        try:
            bounded.put_nowait("y")
        except queue.Full as e:
            print("Full:", type(e).__name__)
