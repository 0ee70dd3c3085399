# Subclassing Process and overriding run(), with state set in __init__.
import multiprocessing as mp
import os


class Counter(mp.Process):
    def __init__(self, limit, q):
        super().__init__()
        self.limit = limit
        self.q = q

    def run(self):
        total = 0
        for i in range(self.limit):
            total += i
        self.q.put((self.limit, total))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    workers = [Counter(n, q) for n in (10, 100, 1000)]
    for w in workers:
        w.start()
    out = sorted(q.get() for _ in workers)
    for w in workers:
        w.join()
    print(out)
