import multiprocessing as mp
import os


def worker(q, results):
    while True:
        item = q.get()
        try:
            if item is None:
                return
            results.put(item * 10)
        finally:
            q.task_done()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=worker, args=(q, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(6):
        q.put(i)
    q.join()
    print("all tasks done")
    print(sorted(results.get() for _ in range(6)))
    for _ in workers:
        q.put(None)
    q.join()
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
