import multiprocessing as mp
import os


class Counter(mp.Process):
    def __init__(self, start, stop, results):
        super().__init__()
        self.start_value = start
        self.stop_value = stop
        self.results = results

    def run(self):
        total = sum(range(self.start_value, self.stop_value))
        self.results.put((self.name, total))
        print(self.name, "ran in child:", mp.current_process().name == self.name, flush=True)


class Named(mp.Process):
    def __init__(self, label):
        super().__init__(name="named-" + label)

    def run(self):
        print("hello from", self.name, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    workers = [Counter(0, 10, q), Counter(10, 100, q)]
    for w in workers:
        w.start()
        w.join()
    print(sorted(q.get() for _ in workers))
    print([repr(w) for w in workers])
    n = Named("x")
    n.start()
    n.join()
    direct = Counter(1, 4, q)
    direct.run()
    print("direct run() result:", q.get(), "current:", mp.current_process().name)
    print(type(direct).__name__, isinstance(direct, mp.Process), direct.exitcode)
