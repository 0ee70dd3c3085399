# forkscope: join(2) on daemons that loop 3 and 4 times
# source: document 001 (多进程), example 6 — ../shared/seeds/examples/001_06.py
# shows: Each join(2) gives up after 2 s: the main process waits 4 s in all, then ends and terminates the daemon still running. The 3-loop process prints its 3 lines; the 4-loop one's 4th line is due at about 4 s, just when the second join(2) gives up, so it may or may not appear. The document shows only 2 lines each.
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
    processes = list()
    for i in range(3, 5):
        p = MyProcess(i)
        processes.append(p)
        p.daemon = True
        p.start()
    for p in processes:
        p.join(2)
    print("Main Process ended")
