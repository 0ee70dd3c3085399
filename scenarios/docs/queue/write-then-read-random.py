# forkscope: A writer puts 0-9 into Queue(10); then a reader drains it
# source: document 004 (进程), example 12 — ../shared/seeds/examples/004_12.py
# shows: The writer puts ten values with random pauses and is joined; only then does the reader start and read them back in order until empty() ends its loop; then '所有数据都写入并且读完'.

from multiprocessing import Process, Queue
import os, time, random

# 写数据进程执行的代码:
def write(q):
    for value in range(10):
        print('Put %s to queue...' % value)
        q.put(value)
        time.sleep(random.random())

# 读数据进程执行的代码:
def read(q):
    while True:
        if not q.empty():
            value = q.get(True)
            print('Get %s from queue.' % value)
            time.sleep(random.random())

        else:
            break

if __name__=='__main__':
    # 父进程创建Queue，并传给各个子进程：
    q = Queue(10)
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pw.join()
    pr.start()
    pr.join()
    print('所有数据都写入并且读完')
