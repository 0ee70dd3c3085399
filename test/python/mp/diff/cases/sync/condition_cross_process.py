import multiprocessing as mp
import os


def consumer(cond, value, q):
    with cond:
        ok = cond.wait_for(lambda: value.value >= 3, timeout=10)
        q.put(("consumer woke", ok, value.value))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    cond = mp.Condition()
    value = mp.Value("i", 0)
    q = mp.Queue()
    p = mp.Process(target=consumer, args=(cond, value, q))
    p.start()
    for _ in range(3):
        with cond:
            value.value += 1
            cond.notify_all()
    print(q.get())
    p.join()
    print("exitcode", p.exitcode)
