# Producer/consumer through a Queue, ended by a None sentinel.
import multiprocessing as mp
import os


def producer(q, n):
    for i in range(n):
        q.put(f"item-{i}")
    q.put(None)


def consumer(q, out):
    seen = []
    while True:
        item = q.get()
        if item is None:
            break
        seen.append(item.upper())
    out.put(seen)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q, out = mp.Queue(), mp.Queue()
    prod = mp.Process(target=producer, args=(q, 5))
    cons = mp.Process(target=consumer, args=(q, out))
    prod.start()
    cons.start()
    print(out.get())
    prod.join()
    cons.join()
    print(prod.exitcode, cons.exitcode)
