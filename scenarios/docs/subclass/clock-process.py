# forkscope: The same clock as a Process subclass
# source: document 002 (Python3 多进程编程(Multiprocess programming)), example 2 — ../shared/seeds/examples/002_02.py
# shows: ClockProcess calls super().__init__() and overrides run(): the same six lines as the function version.

import multiprocessing
from time import sleep

class ClockProcess(multiprocessing.Process): 
    def __init__(self, interval):
        super().__init__()
        self.interval = interval

    def run(self):
        i = 0
        while i<5:
            i += 1
            print(f"Run >>> {i}")
            sleep(self.interval)
        print("Ending!")


if __name__ == '__main__':
    p = ClockProcess(1)
    p.start()
    p.join()
