# methods: fork
import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    factor = 7
    procs = [mp.Process(target=lambda n=n: q.put(n * factor)) for n in range(3)]

    def local(tag):
        q.put("local function " + tag)

    procs.append(mp.Process(target=local, args=("works",)))
    for p in procs:
        p.start()
        p.join()
    print([q.get() for _ in procs])
