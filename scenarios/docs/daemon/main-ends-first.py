# forkscope: Daemon children die when the main process ends
# source: document 001 (多进程), example 4 — ../shared/seeds/examples/001_04.py
# shows: The three daemons sleep 1 s before their first line, and the main process prints 'Main Process ended' at once; its exit terminates them, so that line is the whole output.
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
        p.daemon = True
        p.start()
    print("Main Process ended")
