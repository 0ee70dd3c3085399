import multiprocessing as mp
import os

counter = 0
items = ["module-level"]


def child(q):
    global counter
    counter += 1
    items.append("child")
    q.put((counter, items))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    counter = 100
    items.append("set in main guard")
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print("child saw:", q.get())
    p.join()
    print("parent still has:", counter, items)
