# forkscope: A writer fills a Queue, then a reader drains it until empty()
# source: document 003 (进程), example 11 — ../shared/seeds/examples/003_11.py
# shows: The reader starts only after the writer has been joined, so it finds a, b, c and reads them 1 s apart; empty() then ends its loop.

# Queue实现多进程之间的数据传递
# 创建两个子进程，一个往Queue里写数据，一个从Queue里读数据
import multiprocessing
import time

def write(q):
    """将列表中的元素写入队列中"""
    for i in ['a','b','c']:
        print("开始写入值:",i)
        q.put(i)
        time.sleep(1)

def read(q):
    """读取队列信息"""
    print("开始读取")
    while True:
        if not q.empty():
            print("读取到:",q.get())
            time.sleep(1)
        else:
            break

if __name__=='__main__':
    q=multiprocessing.Queue()
    pw=multiprocessing.Process(target=write,args=(q,))	# 创建写子进程
    pr=multiprocessing.Process(target=read,args=(q,))	# 创建读子进程
    pw.start()
    pw.join()
    pr.start()
    pr.join()
