# forkscope: The same producer and consumer passing random numbers through the Queue
# source: document 001 (多进程), example 10 — ../shared/seeds/examples/001_10.py
# shows: Linux: each value the producer puts is the value the consumer gets, two at a time, for ever; the run ends with a budget report. Windows: the module-level Queue and Semaphores are re-created in each spawned child, so the producer puts two values into its own queue and blocks, and the consumer never gets anything: a deadlock.
# options: --max-time 10s
# variant windows: --platform windows

# -*- coding: utf-8 -*-

from multiprocessing import Process, Semaphore, Lock, Queue
import time
from random import random

buffer = Queue(10)
empty = Semaphore(2)
full = Semaphore(0)
lock = Lock()


class Consumer(Process):
    def run(self):
        global buffer, empty, full, lock
        while True:
            full.acquire()
            lock.acquire()
            print("Consumer get {0}".format(buffer.get()))
            time.sleep(1)
            lock.release()
            empty.release()


class Producer(Process):
    def run(self):
        global buffer, empty, full, lock
        while True:
            empty.acquire()
            lock.acquire()
            num = random()
            print("Producer put {0}".format(num))
            buffer.put(num)
            time.sleep(1)
            lock.release()
            full.release()


if __name__ == "__main__":
    p = Producer()
    c = Consumer()
    p.daemon = c.daemon = True
    p.start()
    c.start()
    p.join()
    c.join()
    print("Main Process Ended")
