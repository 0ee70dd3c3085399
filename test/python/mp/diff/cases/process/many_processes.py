import multiprocessing as mp
import os


def square(i, q):
    q.put((i, i * i, mp.current_process().name))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    procs = [mp.Process(target=square, args=(i, q)) for i in range(8)]
    for p in procs:
        p.start()
    results = [q.get() for _ in procs]
    for p in procs:
        p.join()
    for r in sorted(results):
        print(r)
    print([p.exitcode for p in procs])
