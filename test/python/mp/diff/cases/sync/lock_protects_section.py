import multiprocessing as mp
import os
import time


def worker(n, lock, log, idx):
    with lock:
        log[idx.value] = n * 10
        idx.value += 1
        time.sleep(0.05)
        log[idx.value] = n * 10 + 1
        idx.value += 1


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    lock = mp.Lock()
    log = mp.Array("i", 8, lock=False)
    idx = mp.Value("i", 0, lock=False)
    procs = [mp.Process(target=worker, args=(n, lock, log, idx)) for n in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    events = log[:]
    paired = all(events[i] % 10 == 0 and events[i + 1] == events[i] + 1 for i in range(0, 8, 2))
    print("critical sections never overlapped:", paired, "| entries:", idx.value)
    print(sorted(e // 10 for e in events if e % 10 == 0))
