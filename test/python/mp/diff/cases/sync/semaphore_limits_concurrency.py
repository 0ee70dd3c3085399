import multiprocessing as mp
import os
import time


def worker(sem, active, peak, lock):
    with sem:
        with lock:
            active.value += 1
            if active.value > peak.value:
                peak.value = active.value
        time.sleep(0.1)
        with lock:
            active.value -= 1


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    sem = mp.Semaphore(2)
    lock = mp.Lock()
    active = mp.Value("i", 0, lock=False)
    peak = mp.Value("i", 0, lock=False)
    procs = [mp.Process(target=worker, args=(sem, active, peak, lock)) for _ in range(5)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("peak concurrency within limit:", 1 <= peak.value <= 2)
    print("active at end:", active.value, "| semaphore value:", sem.get_value())
