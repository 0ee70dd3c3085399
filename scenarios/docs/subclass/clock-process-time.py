# forkscope: Process subclass printing time.time() around a 2-second sleep
# source: document 003 (进程), example 7 — ../shared/seeds/examples/003_07.py
# shows: The child prints the time before and after sleeping 2 s (two floats 2 s apart); '主进程结束' after join().

# 继承Process的类，重写run()方法创建进程
import multiprocessing
import time
class ClockProcess(multiprocessing.Process):
    def __init__(self,interval):
        multiprocessing.Process.__init__(self)
        self.interval=interval
    def run(self):
        print("子进程开始执行的时间:{0}".format(time.time()))
        time.sleep(self.interval)
        print("子进程结束的时间:{0}".format(time.time()))
if __name__=='__main__':
    p=ClockProcess(2)
    p.start()
    p.join()
    print("主进程结束")
