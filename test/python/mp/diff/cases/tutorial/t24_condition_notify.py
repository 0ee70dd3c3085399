# A Condition: a consumer waits until the producer has filled a shared value.
import multiprocessing as mp
import os


def consumer(cond, ready, q):
    with cond:
        cond.wait_for(lambda: ready.value == 1)
        q.put("consumer saw ready")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    cond = mp.Condition()
    ready = mp.Value("i", 0, lock=False)
    q = mp.Queue()
    c = mp.Process(target=consumer, args=(cond, ready, q))
    c.start()
    with cond:
        ready.value = 1
        cond.notify_all()
    print(q.get())
    c.join()
    print(c.exitcode)
