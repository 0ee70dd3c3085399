# The feeder thread and the pipe's 64 KiB: a child that put a large item can exit once the
# parent gets it first (the right order of CPython's programming guidelines); qsize counts
# what is still in the feeder; join_thread waits for the feeder; cancel_join_thread lets a
# child exit without waiting (what its feeder held is lost, what it wrote stays).
import multiprocessing as mp
import os
import time


def big(q, ready):
    q.put("x" * 1_000_000)
    q.put("after the big one")
    print("child put both", flush=True)
    ready.set()


def joiner(q, done):
    q.put("y" * 200_000)
    q.close()
    q.join_thread()
    done.set()


def canceller(q):
    q.put("small")
    time.sleep(0.3)
    q.put("z" * 500_000)
    q.cancel_join_thread()
    print("canceller exits without waiting", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    ready = mp.Event()
    p = mp.Process(target=big, args=(q, ready))
    p.start()
    ready.wait()
    print("qsize with the feeder still writing:", q.qsize())
    print(len(q.get()), q.get())
    p.join()
    print("big exitcode", p.exitcode)

    q2 = mp.Queue()
    done = mp.Event()
    p = mp.Process(target=joiner, args=(q2, done))
    p.start()
    print("join_thread returned before the get:", done.wait(0.5))
    print(len(q2.get()))
    p.join()
    print("join_thread returned after it:", done.is_set(), p.exitcode)

    q3 = mp.Queue()
    p = mp.Process(target=canceller, args=(q3,))
    p.start()
    p.join()
    print("canceller exitcode", p.exitcode, "got", q3.get())
