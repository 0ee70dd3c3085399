# forkscope: Start one child process and wait for it
# source: document 000 (多进程(multiprocessing)(在Windows上实现)), example 1 — ../shared/seeds/examples/000_01.py
# shows: Process(target=run_proc, args=('test',)), start(), join(): the parent prints its pid, the child prints its own, and 'Child process end.' comes only after join() returns. On windows the pids are multiples of 4, as in the document.
# options: --platform windows

from multiprocessing import Process
import os

# 启动一个子进程并等待其结束

# 创建子进程（创建子进程时，只需要传入一个执行函数和函数的参数）
def run_proc(name):
    print('Run child process %s(%s)'%(name,os.getpid()))   # `os.getpid()`：得到进程标识符  

if __name__ == "__main__":
    print('Parent process %s.'%os.getpid())
    p=Process(target=run_proc,args=('test',))   # 创建一个Process实例，target为子程序，则p为子程序的对象； args=()是一个元组,被传给子进程
    print('Child process will start.')
    p.start()  # 启动子程序
    p.join()   # 等待子进程结束后再继续往下运行
    print('Child process end.')

'''
#Output：
Parent process 2396.
Child process will start.
Run child process test(6340)
Child process end.
'''
