# forkscope: The parent puts a message in a Queue before starting the child
# source: document 000 (多进程(multiprocessing)(在Windows上实现)), example 8 — ../shared/seeds/examples/000_08.py
# shows: put() before start() is fine: the message waits in the queue and the child's get() returns it at once, so the three lines always come in this order.
# options: --platform windows

import multiprocessing

# 创建子进程代码
def foo(aa):
    ss = aa.get()  # 管子的另一端放在子进程这里，子进程接收到了数据
    print('子进程已收到数据...')
    print(ss)  # 子进程打印出了数据内容...

if __name__ == '__main__':  # 要加这行...

    tx = multiprocessing.Queue()  # 创建进程通信的Queue，你可以理解为我拿了个管子来...
    jc = multiprocessing.Process(target=foo, args=(tx,))  # 创建子进程
    print('主进程准备发送数据...')
    tx.put('有内鬼，终止交易！')  # 将管子的一端放在主进程这里，主进程往管子里丢入数据↑
    jc.start()  # 启子子进程
    jc.join()

'''
# Output:

主进程准备发送数据...
子进程已收到数据...
有内鬼，终止交易！
'''
