# forkscope: The same with blocking apply(): one task at a time
# source: document 004 (进程), example 8 — ../shared/seeds/examples/004_08.py
# shows: apply() waits for each task, so the ten tasks run one after another and '----start----' comes only after all ten. Windows: the workers die re-running the unguarded module, the first apply() never returns: tracebacks until the budget report.
# variant windows: --platform windows --max-time 2s

from multiprocessing import Pool
import os,time,random

def worker(msg):
    t_start = time.time()
    print("%s开始执行,进程号为%d"%(msg,os.getpid()))
    #random.random()随机生成0~1之间的浮点数
    time.sleep(random.random()*2)
    t_stop = time.time()
    print(msg,"执行完毕，耗时%0.2f"%(t_stop-t_start))

po=Pool(3) #定义一个进程池，最大进程数3
for i in range(0,10):
    po.apply(worker,(i,))

print("----start----")
po.close() #关闭进程池，关闭后po不再接收新的请求
po.join() #等待po中所有子进程执行完成，必须放在close语句之后
print("-----end-----")
