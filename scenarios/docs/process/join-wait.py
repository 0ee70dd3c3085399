# forkscope: join() waits for a 3-second worker
# source: document 003 (进程), example 3 — ../shared/seeds/examples/003_03.py
# shows: 'work start', 'work end' 3 s later, then '主进程结束' once join() returns.

# join()等待子进程结束
import multiprocessing
import time
def worker(interval):
    print("work start")
    time.sleep(interval)
    print("work end")
if __name__=='__main__':
    p=multiprocessing.Process(target=worker,args=(3,))
    p.start()
    p.join()    #等待进程p终止
    print("主进程结束")
