# forkscope: apply(): the same five tasks, one after another
# source: document 003 (进程), example 9 — ../shared/seeds/examples/003_09.py
# shows: apply() blocks until its task is done, so start/end pairs come strictly in sequence, 3 s each, about 15 s in all, as the document shows.

# apply()使用进程池（阻塞）
import multiprocessing
import time
def func(msg):
    print("start:",msg)
    time.sleep(3)
    print("end:",msg)
if __name__=='__main__':
    pool=multiprocessing.Pool(3)
    for i in range(5):
        msg="hello {0}".format(i)
        pool.apply(func,(msg,))
    pool.close()
    pool.join()
    print("主程序执行完成")
