# forkscope: 100 processes decrement a Manager dict without a lock
# source: document 004 (进程), example 13 — ../shared/seeds/examples/004_13.py
# shows: Each child does d['count'] -= 1 on a DictProxy: a __getitem__ and a __setitem__ round trip to the manager's server process with nothing in between, so decrements can be lost and the final {'count': N} can stay above 0. with Manager() shuts the server down at the end.
# changed: uncommented '# lock = multiprocessing.Lock()' in the main block. As published, the program raises NameError: name 'lock' is not defined in the main process, inside with Manager(), at the first Process(..., args=(dic, lock,)); no child ever runs. The Lock is only passed, never used (run() keeps its acquire/release commented out), so the unlocked race the example is about is unchanged.
# variant seed-2: --seed 2

import multiprocessing
# 既然数据共享了,就需要像多线程那样,防止竞争
def run(d,lock):
      # 演示没加锁的实例
    # lock.acquire()
    d['count'] -= 1
    # lock.release()
if __name__ == '__main__':
    lock = multiprocessing.Lock()
    with multiprocessing.Manager() as m:
        dic = m.dict({'count' : 100})
        process_list = []
        for i in range(100):
            p = multiprocessing.Process(target=run, args=(dic, lock,))
            process_list.append(p)
            p.start()
        for p in process_list:
            p.join()
        print(dic)
