# forkscope: A module-level Lock around balance updates, 10000 pairs of processes
# source: document 004 (进程), example 9 — ../shared/seeds/examples/004_09.py
# shows: Each child does 100000 locked add/subtract rounds on its own copy of balance; the parent's balance never changes, so every line is 0: processes do not share globals. The whole program would take 2 x 10^9 lock rounds (hours in CPython); every lock round is two kernel events (acquire, release), and the canonical run stops after 100 ms of virtual time with one pair done, about CPython's pace (CPython printed 46 lines in 2 s; try --max-time 2s --max-steps 25000000 to see 34, slowly: a lock round is two kernel steps or more, and the default step budget of 5000000 runs out first). The two children of a pair run at once and contend for the lock; as on Linux a release does not hand the lock to the waiter, so the holder usually takes it again and neither waits long. On windows each child even gets its own Lock (the module is re-run).
# options: --max-time 100ms
# variant windows: --platform windows

import multiprocessing
# 假定这是你的银行存款:
balance = 0
def change_it(n):
    # 先存后取，结果应该为0:
    global balance
    balance = balance + n
    balance = balance - n
# 创建一把锁
lock = multiprocessing.Lock()
def run_thread(n):
    for i in range(100000):
        # 先要获取锁:
        lock.acquire()
        try:
            # 放心地改吧:
            change_it(n)
        finally:
            # 改完了一定要释放锁:
            lock.release()
# 在多线程例子中并没有写这句,但是多进程中使用start()必须加
if __name__ == '__main__':
    for j in range(10000):
        t1 = multiprocessing.Process(target=run_thread, args=(5,))
        t2 = multiprocessing.Process(target=run_thread, args=(8,))
        t1.start()
        t2.start()
        t1.join()
        t2.join()
        print(balance)
