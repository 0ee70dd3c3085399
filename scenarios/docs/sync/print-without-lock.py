# forkscope: Five processes print with the lock lines commented out
# source: document 001 (多进程), example 8 — ../shared/seeds/examples/001_08.py
# shows: print() writes the text and the newline separately, so two processes printing in the same instant can share a line and leave an empty one ('…LoopCount: 0Pid: 20540 LoopCount: 0' in the document). Uncommenting self.lock.acquire()/release() gives the document's second, orderly run. With one CPU (variant cpus-1) two lines can only mix if a process is preempted between its writes.
# options: --platform windows
# variant seed-2: --seed 2
# variant cpus-1: --cpus 1

# -*- coding: utf-8 -*-

from multiprocessing import Process, Lock
import time


class MyProcess(Process):
    def __init__(self, loop, lock):
        Process.__init__(self)
        self.loop = loop
        self.lock = lock

    def run(self):
        for num in range(self.loop):
            time.sleep(0.1)
            # self.lock.acquire()
            print("Pid: {0} LoopCount: {1}".format(self.pid, num))
            # self.lock.release()


if __name__ == "__main__":
    lock = Lock()
    for i in range(10, 15):
        p = MyProcess(i, lock)
        p.start()
