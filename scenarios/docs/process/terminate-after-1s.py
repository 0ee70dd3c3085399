# forkscope: terminate() a child after one second
# source: document 004 (进程), example 4 — ../shared/seeds/examples/004_04.py
# shows: The child prints its line and kwargs {'m': 20} every 0.5 s (10 rounds planned); the parent sleeps 1 s, terminate()s and join()s it: 2 rounds appear; the third is due a moment after the signal, because the child started a little after the parent began its sleep.

from multiprocessing import Process
import os
from time import sleep

def run_proc(name, age, **kwargs):
    for i in range(10):
        print('子进程运行中，name= {},age={} ,pid={}...'.format(name, age,os.getpid()))
        print(kwargs)
        sleep(0.5)

if __name__=='__main__':
    print('父进程{}'.format(os.getpid()))
    p = Process(target=run_proc, args=('test',18), kwargs={"m":20})
    print('子进程将要执行')
    p.start()
    sleep(1)
    p.terminate()
    p.join()
    print('子进程已结束')
