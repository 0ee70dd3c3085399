# forkscope: cpu_count() and active_children() while five children sleep
# source: document 001 (多进程), example 2 — ../shared/seeds/examples/001_02.py
# shows: Child i sleeps i seconds. The parent prints the CPU count (4), then every child still alive with its name and pid, in the set's order (the document: Process-4, 2, 3, 5, 1), then 'Process Ended'; the children print at 0-4 s. Under fork Process-1 (no sleep) may already have ended and drop out of the list.
# options: --platform windows
# variant linux: --platform linux

# -*- coding: utf-8 -*-

import multiprocessing
import time


def process(index):
    time.sleep(index)
    print("process : {0}".format(index))


if __name__ == "__main__":
    for i in range(5):
        p = multiprocessing.Process(target=process, args=(i,))
        p.start()
    print("CPU number: {0}".format(multiprocessing.cpu_count()))
    for p in multiprocessing.active_children():
        print("Child process name: {0} id: {1}".format(p.name, p.pid))
    print("Process Ended")
