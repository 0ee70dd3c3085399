# forkscope: Five ClockProcess children print the time every 3 seconds
# source: document 004 (进程), example 6 — ../shared/seeds/examples/004_06.py
# shows: Five subclass instances, started in a loop and never joined, each print time.ctime() five times 3 s apart (about 15 s in all, the last sleep included); the five lines of each round carry the same second.

import multiprocessing
import time
class ClockProcess(multiprocessing.Process):
    def __init__(self, interval):
        multiprocessing.Process.__init__(self)
        self.interval = interval
    def run(self):
        n = 5
        while n > 0:
            print("the time is {0}".format(time.ctime()))
            time.sleep(self.interval)
            n -= 1
if __name__ == '__main__':
    for i in range(5):
        p = ClockProcess(3)
        p.start()
