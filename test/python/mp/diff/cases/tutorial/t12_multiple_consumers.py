# Several consumers share one task queue; each gets a sentinel; results are summed.
import multiprocessing as mp
import os


def worker(tasks, results):
    total = 0
    while True:
        n = tasks.get()
        if n is None:
            break
        total += n * n
    results.put(total)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    tasks, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()
    for n in range(1, 21):
        tasks.put(n)
    for _ in workers:
        tasks.put(None)
    print(sum(results.get() for _ in workers))
    for w in workers:
        w.join()
    print(sum(n * n for n in range(1, 21)))
