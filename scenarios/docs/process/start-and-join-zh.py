# forkscope: Start one child process and wait for it (Chinese messages)
# source: document 004 (进程), example 3 — ../shared/seeds/examples/004_03.py
# shows: The same program as document 000's first example: parent pid, '子进程将要执行', the child's line with its pid, then '子进程已结束' after join().

from multiprocessing import Process
import os

# 子进程要执行的代码
def run_proc(name):
    print('子进程运行中，name= %s ,pid=%d...' % (name, os.getpid()))

if __name__=='__main__':
    print('父进程 %d.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('子进程将要执行')
    p.start()
    p.join()
    print('子进程已结束')
