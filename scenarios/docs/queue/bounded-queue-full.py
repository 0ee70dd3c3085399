# forkscope: Queue(3): full(), empty() and qsize() in one process
# source: document 003 (进程), example 10 — ../shared/seeds/examples/003_10.py
# shows: No child process. full() is False after two puts and True after the third; the three messages come out in order. empty() looks at the pipe that the queue's feeder thread fills in the background, so in CPython it can still be True just after a put.

# Queue消息列队
import multiprocessing
q=multiprocessing.Queue(3)      # 初始化一个Queue对象，最多可接收三条put消息
q.put("消息1")
q.put("消息2")
print("消息队列是否已满:",q.full())
q.put("消息3")
print("消息队列是否已满",q.full())
if not q.empty():
    for i in range(q.qsize()):
        print(q.get())
