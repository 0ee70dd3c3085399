# forkscope: Passing args and kwargs to the target
# source: document 003 (进程), example 2 — ../shared/seeds/examples/003_02.py
# shows: The child prints name, age and the kwargs dict {'林三': 16} five times, 0.5 s apart, after the main process's two lines.

# 传递参数
import multiprocessing
import time
def run_proc(name,age,**kwargs):
    for i in range(5):
        print("子进程运行中,name={0},age={1},kwargs={2}".format(name,age,kwargs))
        time.sleep(0.5)
if __name__=='__main__':
    print("主进程开始运行")
    p=multiprocessing.Process(target=run_proc,args=('林一',18),kwargs={'林三':16})
    print("子进程将要执行")
    p.start()
