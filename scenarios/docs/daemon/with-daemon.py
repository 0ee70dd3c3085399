# forkscope: The same child as a daemon is killed when the main process ends
# source: document 002 (Python3 多进程编程(Multiprocess programming)), example 4 — ../shared/seeds/examples/002_04.py
# shows: Output: 'Run >>> 1', 'Run >>> 2', 'ENDING!'. At 2 s the main process prints its line and exits, and its exit terminates the daemon just before its third line, due a moment later (the child started a little after the parent began its sleep).

import multiprocessing
from time import sleep

def clock(interval):
    i = 0
    while i<5:
        i += 1
        print(f"Run >>> {i}")
        sleep(interval)
    print("Ending!")

def run():
    p = multiprocessing.Process(target = clock, args = (1,))
    p.daemon = True
    p.start()

if __name__ == '__main__':
    run()
    sleep(2)
    print("ENDING!")
