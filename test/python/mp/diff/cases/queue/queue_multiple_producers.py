import multiprocessing as mp
import os


def producer(pid, q):
    for i in range(5):
        q.put((pid, i))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    procs = [mp.Process(target=producer, args=(n, q)) for n in range(3)]
    for p in procs:
        p.start()
    items = [q.get() for _ in range(15)]
    for p in procs:
        p.join()
    print(sorted(items))
    per_producer_fifo = all([i for (n, i) in items if n == k] == list(range(5)) for k in range(3))
    print("FIFO per producer:", per_producer_fifo)
    print([p.exitcode for p in procs])
