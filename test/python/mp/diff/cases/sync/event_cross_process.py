import multiprocessing as mp
import os


def waiter(n, start, q):
    ok = start.wait(10)
    q.put((n, ok, start.is_set()))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    start = mp.Event()
    q = mp.Queue()
    procs = [mp.Process(target=waiter, args=(n, start, q)) for n in range(3)]
    for p in procs:
        p.start()
    print("waiters alive before set:", all(p.is_alive() for p in procs))
    start.set()
    print(sorted(q.get() for _ in procs))
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])
