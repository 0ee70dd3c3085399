# forkscope: apply_async(): five tasks on a Pool of 3
# source: document 003 (进程), example 8 — ../shared/seeds/examples/003_08.py
# shows: hello 0-2 start together; hello 3 and 4 start as workers free up (at about 3 s); about 6 s in all, as the document shows.

# apply_async()进程池的使用（非阻塞）
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
        pool.apply_async(func,(msg,))
    pool.close()
    pool.join()
    print("主程序执行完成")
