# forkscope: JoinableQueue: a daemon consumer, task_done() and join()
# source: document 002 (Python3 多进程编程(Multiprocess programming)), example 5 — ../shared/seeds/examples/002_05.py
# shows: The main process puts 1-4, one a second; the daemon consumer prints each and calls task_done(). q.join() returns once all four are done, the main process ends and kills the consumer, so '消费结束' never prints. time.ctime() shows the clock.

import multiprocessing
from time import ctime,sleep

def consumer(input_q):
    print("消费开始:", ctime())
    while True:
        # 处理项
        item = input_q.get()
        print ("消费 >>>>>>>>>", item) # 此处替换为有用的工作
        input_q.task_done() # 发出信号通知任务完成
        sleep(1)
    print ("消费结束:", ctime()) ##此句未执行，因为q.join()收集到四个task_done()信号后，主进程启动，未等到print此句完成，程序就结束了


def producer(sequence, output_q):
    print ("生产开始:", ctime())
    for item in sequence:
        output_q.put(item)
        print ("生产 >>>>>>>>>", item)
        sleep(1)
    print ("生产结束:", ctime())

if __name__ == '__main__':
    q = multiprocessing.JoinableQueue()
    # 运行消费者进程
    cons_p = multiprocessing.Process (target = consumer, args = (q,))
    cons_p.daemon = True
    cons_p.start()

    # 生产多个项，sequence代表要发送给消费者的项序列
    # 在实践中，这可能是生成器的输出或通过一些其他方式生产出来
    sequence = [1,2,3,4]
    producer(sequence, q)
    # 等待所有项被处理
    q.join()
