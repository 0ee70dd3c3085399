# forkscope: Pool(processes=3) with four 3-second tasks
# source: document 001 (多进程), example 12 — ../shared/seeds/examples/001_12.py
# shows: Three tasks start at once and task 3 starts when the first worker is free (at about 3 s), so the run takes about 6 s. 'Main Process started' comes first because the workers take time to start.
# options: --platform windows

# -*- coding: utf-8 -*-

from multiprocessing import Pool
import time


def function(index):
    print("Start process: {0}".format(index))
    time.sleep(3)
    print("End process {0}".format(index))


if __name__ == "__main__":
    pool = Pool(processes=3)
    for i in range(4):
        pool.apply_async(function, args=(i,))

    print("Main Process started")
    pool.close()
    pool.join()
    print("Main Process ended ")
