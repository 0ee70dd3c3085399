# Start several workers, join them all, then collect results from a queue in order.
import multiprocessing as mp
import os


def square(i, q):
    q.put((i, i * i))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    procs = [mp.Process(target=square, args=(i, q)) for i in range(5)]
    for p in procs:
        p.start()
    results = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(results)
    print([p.exitcode for p in procs])
