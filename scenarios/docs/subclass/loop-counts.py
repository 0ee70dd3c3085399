# forkscope: Process subclass: three processes loop 2, 3 and 4 times
# source: document 001 (多进程), example 3 — ../shared/seeds/examples/001_03.py
# shows: MyProcess overrides run(); self.pid inside run() is the child's own pid. Every second each remaining process prints a line (2 + 3 + 4 lines); the main process does not join, its exit handler waits.
# options: --platform windows

# -*- coding: utf-8 -*-

from multiprocessing import Process
import time


class MyProcess(Process):
    def __init__(self, loop):
        Process.__init__(self)
        self.loop = loop

    def run(self):
        for count in range(self.loop):
            time.sleep(1)
            print("Pid: {0} LoopCount: {1}".format(self.pid, count))


if __name__ == "__main__":
    for i in range(2, 5):
        p = MyProcess(i)
        p.start()
