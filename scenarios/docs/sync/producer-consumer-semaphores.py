# forkscope: Producer and consumer with Semaphores empty(2)/full(0), a Lock and a Queue at module level
# source: document 001 (多进程), example 9 — ../shared/seeds/examples/001_09.py
# shows: Linux (fork): the children inherit the module-level Queue, Semaphores and Lock, so they alternate for ever, about one line a second (the document's Linux output), and the run ends with a budget report. Windows (spawn): each child re-runs the module and gets new objects, so the producer appends twice and blocks, the consumer blocks at once ("win10消费者进程发生阻塞"): every process ends up blocked with no timer pending, a deadlock.
# options: --max-time 10s
# variant windows: --platform windows

# -*- coding: utf-8 -*-

from multiprocessing import Process, Semaphore, Lock, Queue
import time

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
            buffer.get()
            print("Consumer pop an element")
            time.sleep(1)
            lock.release()
            empty.release()


class Producer(Process):
    def run(self):
        global buffer, empty, full, lock
        while True:
            empty.acquire()
            lock.acquire()
            buffer.put(1)
            print("Producer append an element")
            time.sleep(1)
            lock.release()
            full.release()


if __name__ == "__main__":
    p = Producer()
    c = Consumer()
    p.daemon = True
    c.daemon = True
    p.start()
    c.start()
    p.join()
    c.join()
    print("Main Process Ended")
