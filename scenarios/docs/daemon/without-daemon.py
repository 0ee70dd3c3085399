# forkscope: A non-daemon child outlives the main process's last line
# source: document 002 (Python3 多进程编程(Multiprocess programming)), example 3 — ../shared/seeds/examples/002_03.py
# shows: run() starts the child and returns; the main process sleeps 2 s and prints 'ENDING!' between 'Run >>> 2' and 'Run >>> 3', and the child goes on to 'Ending!' because the interpreter's exit waits for non-daemon children.

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
    p.start()

if __name__ == '__main__':
    run()
    sleep(2)
    print("ENDING!")
