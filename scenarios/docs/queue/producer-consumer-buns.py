# forkscope: Producer and consumer with random sleeps; the consumer polls empty()
# source: document 004 (进程), example 10 — ../shared/seeds/examples/004_10.py
# shows: The producer makes 4 buns at random intervals; the consumer prints each bun (plus a green ANSI line) or 'No bun anymore...'. Its count is never incremented, so it polls for ever and the run ends with a budget report. On windows the module-level q is a new queue in each child, but the functions use the q passed to them, so it still works.
# options: --max-time 20s
# variant windows: --platform windows

import time
import random
import multiprocessing
q = multiprocessing.Queue()

def Producer(name, q):
    count = 1
    while count < 5:
        time.sleep(random.randrange(3))
        q.put(count)
        print('Producer %s has produced %s bun...' % (name, count))
        count += 1

def Consumer(name , q):
    count = 1
    while count < 20:
        time.sleep(random.randrange(4))
        if not q.empty():
            data = q.get()
            print(data)
            print('\033[32;1mConsumer %s has eat %s bun...\033[0m' % (name, data))
        else:
            print("No bun anymore...")


if __name__ == '__main__':
    # 进程间的数据是不共享的,注意我们需要把q,即队列对象传入函数中
    p1 = multiprocessing.Process(target=Producer, args=('Lyon', q,))
    c1 = multiprocessing.Process(target=Consumer, args=('Kenneth', q,))
    p1.start()
    c1.start()
    p1.join()
    c1.join()
    print("End of main process...")
