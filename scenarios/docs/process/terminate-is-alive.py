# forkscope: terminate() and is_alive(): the state changes only after join()
# source: document 001 (多进程), example 7 — ../shared/seeds/examples/001_07.py
# shows: The repr and is_alive() before start, while running, right after terminate() (still alive: the signal takes effect asynchronously) and after join() (stopped, exitcode=-SIGTERM). 'Starting' normally never appears. The document's <Process(Process-1, initial)> is the repr of Python 3.7 and older.
# options: --platform windows
# variant linux: --platform linux

# -*- coding: utf-8 -*-

import multiprocessing
import time


def process():
    print("Starting")
    time.sleep(5)
    print("Finished")


if __name__ == "__main__":
    p = multiprocessing.Process(target=process)
    print("Before: ", p, p.is_alive())

    p.start()
    print("During: ", p, p.is_alive())

    p.terminate()
    print("Terminate: ", p, p.is_alive())

    p.join()
    print("Joined: ", p, p.is_alive())
