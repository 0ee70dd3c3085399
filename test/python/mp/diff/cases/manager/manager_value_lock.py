import multiprocessing as mp
import os


def bump(v, lock, n):
    for _ in range(n):
        with lock:
            v.value += 1


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        v = m.Value("i", 0)
        lock = m.Lock()
        print("ValueProxy has get_lock:", hasattr(v, "get_lock"))
        procs = [mp.Process(target=bump, args=(v, lock, 50)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("final value:", v.value)
        try:
            lock.release()
        except RuntimeError as e:
            print("RuntimeError:", e)
