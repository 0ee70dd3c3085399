# forkscope: Two processes print 30 lines each, 0.1 s apart
# source: document 000 (多进程(multiprocessing)(在Windows上实现)), example 2 — ../shared/seeds/examples/000_02.py
# shows: Two children run action() at the same time: their lines alternate, but which one prints first in each 0.1 s round is a race (the document shows 进程二 first, and the order flips once mid-run). The last line waits for both join()s; close() then frees the Process objects.
# options: --platform windows
# variant seed-2: --seed 2

import multiprocessing
import time

def action(a, b):  # 待会两个进程要执行的任务↓
    for i in range(30):  # 循环30次
        print(a, ' ', b)
        time.sleep(0.1)  # 等待0.1s

if __name__ == '__main__':  # 这行代码很重要，新建进程的时候都加上它！！原因不用管（我也不知道233）

    jc1 = multiprocessing.Process(target=action, args=('进程一', 0))  # 准备建立一个进程：multiprocessing.Process()
    jc2 = multiprocessing.Process(target=action, args=('进程二', 1))  # 再准备建立一个新进程，这是基本格式记住←
# 必要参数target:指定进程要执行的任务(这里是执行函数 action),必要参数args:直译成中文就是'参数'，顾名思义就是前面target的参数，即action的参数，注意args是个元组，所以args后的参数写成tuple元组格式。直接写target('进程一',0)一定报错的

    jc1.start()  # 将蓄势待发的jc1进程正式启动！！
    jc2.start()  # 同上...

    jc1.join()  # 等待进程jc1将任务执行完...
    jc2.join()  # ...
    print('jc1,jc2任务都已执行完毕')

    jc1.close()  # 彻底关闭进程jc1
    jc2.close()  # ...


'''
# Output:

进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
进程一   0
进程二   1
jc1,jc2任务都已执行完毕
'''
