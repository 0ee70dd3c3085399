# A child process that runs threads of its own and reports their combined result.
import multiprocessing as mp
import os

import threading


def child(q):
    results = []
    lock = threading.Lock()

    def work(n):
        with lock:
            results.append(n * n)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    q.put(sorted(results))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(threading.active_count())
