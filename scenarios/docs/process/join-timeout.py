# forkscope: join(3) stops waiting for a 5-second worker
# source: document 003 (进程), example 4 — ../shared/seeds/examples/003_04.py
# shows: join(3) returns after 3 s with the child still running: '主进程结束' comes before 'work end', which the child prints 2 s later; the exit then waits for it.

# 设置等待超时时间
import multiprocessing
import time
def worker(interval):
    print("work start")
    time.sleep(interval)
    print("work end")
if __name__=='__main__':
    p=multiprocessing.Process(target=worker,args=(5,))
    p.start()
    p.join(3)    #等待进程p终止,超时为3s
    print("主进程结束")
