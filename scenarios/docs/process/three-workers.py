# forkscope: Three workers of 4, 3 and 2 seconds
# source: document 003 (进程), example 6 — ../shared/seeds/examples/003_06.py
# shows: All three start at once and end in reverse order (work3 at 2 s, work2 at 3 s, work1 at 4 s); '主进程结束' after the last join().

# 多个子进程
import multiprocessing
import time
def work1(interval):
    print("work1 start")
    time.sleep(interval)
    print("work1 end")

def work2(interval):
    print("work2 start")
    time.sleep(interval)
    print("work2 end")

def work3(interval):
    print("work3 start")
    time.sleep(interval)
    print("work3 end")

if __name__=='__main__':
    p1=multiprocessing.Process(target=work1,args=(4,))
    p2 = multiprocessing.Process(target=work2, args=(3,))
    p3 = multiprocessing.Process(target=work3, args=(2,))
    p1.start()
    p2.start()
    p3.start()
    p1.join()
    p2.join()
    p3.join()
    print("主进程结束")
