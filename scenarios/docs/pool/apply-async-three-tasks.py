# forkscope: Three tasks of 5, 10 and 15 steps on a Pool of 3
# source: document 000 (多进程(multiprocessing)(在Windows上实现)), example 4 — ../shared/seeds/examples/000_04.py
# shows: apply_async() with a default argument (b=5): three workers print their pid and step every 0.1 s; 进程一 stops after 5 lines, 进程二 after 10, 进程三 after 15, then the main process prints its line once close() and join() return.
# options: --platform windows

from multiprocessing import Pool
import time,os

# 写个子进程代码
def action1(a, b=5):
    for i in range(b):
        print(a, os.getpid(), ' ', i)  # os.getpid(): pid简单来说就是每个进程的“身份证”
        time.sleep(0.1)

if __name__ == '__main__':  # 还要添加这行，否则可能出现异常

    ci = Pool(3)  # 创建一个进程池，容量为3个进程
    ci.apply_async(action1, args=('进程一',))  # 启动第一个子进程...
    ci.apply_async(action1, args=('进程二', 10))  # 和普通进程的启动方式有很大不同仔细看
    ci.apply_async(action1, args=('进程三', 15))  # Pool的最基本格式记住←
# 注意：程序现在有4个进程在运行：上面的三个子进程 和一个最为核心的：主进程

    ci.close()  # 关闭进程池（但池子内已启动的子进程还会继续进行）
    ci.join()  # 等待进程池内的所有子进程完毕
    print('比如说这最后的一行输出就是主进程执行任务打印出来的')

'''
# Output:

进程一 17148   0
进程二 16864   0
进程三 5180   0
进程一 17148   1
进程三 5180   1
进程二 16864   1
进程一 17148   2
进程二 16864   2
进程三 5180   2
进程一 17148   3
进程三 5180   3
进程二 16864   3
进程一 17148   4
进程三 5180   4
进程二 16864   4
进程三 5180   5
进程二 16864   5
进程二 16864   6
进程三 5180   6
进程三 5180   7
进程二 16864   7
进程二 16864   8
进程三 5180   8
进程二 16864   9
进程三 5180   9
进程三 5180   10
进程三 5180   11
进程三 5180   12
进程三 5180   13
进程三 5180   14
比如说这最后的一行输出就是主进程执行任务打印出来的
'''
