# forkscope: A child prints a tick every second, five times
# source: document 002 (Python3 多进程编程(Multiprocess programming)), example 1 — ../shared/seeds/examples/002_01.py
# shows: Process(target=clock, args=(1,)), start(), join(): 'Run >>> 1' to 'Run >>> 5', one a second, then 'Ending!'.

import multiprocessing
from time import sleep

def clock(interval):
    i = 0
    while i<5:
        i += 1
        print(f"Run >>> {i}")
        sleep(interval)
    print("Ending!")


if __name__ == '__main__':
    p = multiprocessing.Process(target = clock, args = (1,))
    p.start()
    p.join()
