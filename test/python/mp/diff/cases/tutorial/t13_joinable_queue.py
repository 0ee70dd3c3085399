# JoinableQueue: the parent waits with join() until every task is marked done.
import multiprocessing as mp
import os


def worker(q, done):
    while True:
        item = q.get()
        done.put(item * 2)
        q.task_done()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.JoinableQueue()
    done = mp.Queue()
    for _ in range(2):
        mp.Process(target=worker, args=(q, done), daemon=True).start()
    for i in range(6):
        q.put(i)
    q.join()
    print("all tasks done")
    print(sorted(done.get() for _ in range(6)))
