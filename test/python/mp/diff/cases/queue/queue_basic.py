import multiprocessing as mp
import os


def producer(q, n):
    for i in range(n):
        q.put(("item", i))
    q.put(None)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 5))
    p.start()
    while True:
        item = q.get()
        if item is None:
            break
        print("got", item)
    p.join()
    print("producer exitcode", p.exitcode)
    print("empty after draining:", q.empty(), "| qsize:", q.qsize())
