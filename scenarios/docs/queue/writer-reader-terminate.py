# forkscope: A writer and an endless reader share a Queue; the reader is terminated
# source: document 000 (多进程(multiprocessing)(在Windows上实现)), example 7 — ../shared/seeds/examples/000_07.py
# shows: write() puts A, B, C with random pauses; read() loops on q.get(True) for ever, so the parent join()s the writer only and then terminate()s the reader while it is blocked in get(). Each 'Get X' follows its 'Put X'; the start order of the two children varies.
# options: --platform windows

from multiprocessing import Process,Queue
import os,time,random

# 写数据进程执行的代码
def write(q):
    print('Process to write:%s'% os.getpid())
    for value in ['A','B','C']:
        print('Put %s to queue...' % value)
        q.put(value)
        time.sleep(random.random())

# 读数据进程执行的代码:
def read(q):
    print('Process to read: %s' % os.getpid())
    while True:
        value = q.get(True)
        print('Get %s from queue.' % value)

if __name__ == "__main__":
    # 父进程创建Queue，并传给各个子进程：
    q=Queue()    # 用Queue()方法创建的实例是用来交换数据的
    pw= Process(target=write,args=(q,))  # 创建子进程对象pw
    pr= Process(target=read,args=(q,))  # 创建子进程对象pr
    # 启动子进程pw，写入:
    pw.start()
    # 启动子进程pr，读取:
    pr.start()
    # 等待pw结束:
    pw.join()
    # 可成功等待pw进程结束，但是由于pr进程里是死循环，无法等待其结束，只能强行终止:
    pr.terminate()


'''
# Output:
Process to read: 4976
Process to write:12616
Put A to queue...
Get A from queue.
Put B to queue...
Get B from queue.
Put C to queue...
Get C from queue.
'''
