# forkscope: Process name, pid and is_alive() after join()
# source: document 003 (进程), example 5 — ../shared/seeds/examples/003_05.py
# shows: The child prints time.ctime() five times, 1 s apart; after join() the parent prints the name Process-1, the child's pid and is_alive() False.

# Process属性
import multiprocessing
import time
def clock(interval):
    for i in range(5):
        print("当前时间为：{0}".format(time.ctime()))
        time.sleep(interval)
if __name__=='__main__':
    p=multiprocessing.Process(target=clock,args=(1,))
    p.start()
    p.join()
    print("pidname={0},pid={1}".format(p.name,p.pid))
    print("进程是否运行:{0}".format(p.is_alive()))
