import multiprocessing as mp
import os
import time


def work(n, conn):
    time.sleep(0.05 * (3 - n))
    conn.send((n, sum(range(n * 100))))
    conn.close()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    pipes = []
    procs = []
    for n in range(4):
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=work, args=(n, w))
        p.start()
        w.close()
        pipes.append(r)
        procs.append(p)
    for r in pipes:
        print(r.recv())
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])
