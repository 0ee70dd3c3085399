import multiprocessing as mp
import os


def worker(tasks, results):
    while True:
        n = tasks.get()
        if n is None:
            break
        results.put((n, n ** 3))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    tasks, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()
    for n in range(12):
        tasks.put(n)
    for _ in workers:
        tasks.put(None)
    collected = dict(results.get() for _ in range(12))
    for w in workers:
        w.join()
    print(sorted(collected.items()))
    print("exitcodes", [w.exitcode for w in workers])
