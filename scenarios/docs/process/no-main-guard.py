# forkscope: Two workers started without the if __name__ == "__main__" guard
# source: document 004 (进程), example 5 — ../shared/seeds/examples/004_05.py
# shows: Fine under fork: workers of 2 s and 1 s, p2 named 'dongGe', p1 'Process-1', is_alive() True while running and False after join(). On windows each spawned child re-runs the module: it prints '进程ID' again and its own p1.start() raises RuntimeError (bootstrapping phase), so both children exit with code 1 and the workers never run.
# variant windows: --platform windows

from multiprocessing import Process
import time
import os

#两个子进程将会调用的两个方法
def  worker_1(interval):
    print("worker_1,父进程(%s),当前进程(%s)"%(os.getppid(),os.getpid()))
    t_start = time.time()
    time.sleep(interval) #程序将会被挂起interval秒
    t_end = time.time()
    print("worker_1,执行时间为'%0.2f'秒"%(t_end - t_start))

def  worker_2(interval):
    print("worker_2,父进程(%s),当前进程(%s)"%(os.getppid(),os.getpid()))
    t_start = time.time()
    time.sleep(interval)
    t_end = time.time()
    print("worker_2,执行时间为'%0.2f'秒"%(t_end - t_start))

#输出当前程序的ID
print("进程ID：%s"%os.getpid())

#创建两个进程对象，target指向这个进程对象要执行的对象名称，
#如果不指定name参数，默认的进程对象名称为Process-N，N为一个递增的整数
p1=Process(target=worker_1,args=(2,))
p2=Process(target=worker_2,name="dongGe",args=(1,))

p1.start()
p2.start()

print("p2.is_alive=%s"%p2.is_alive())

print("p1.name=%s"%p1.name)
print("p1.pid=%s"%p1.pid)
print("p2.name=%s"%p2.name)
print("p2.pid=%s"%p2.pid)
p1.join()
print("p1.is_alive=%s"%p1.is_alive())
