# forkscope: Five processes started in a loop, never joined
# source: document 001 (多进程), example 1 — ../shared/seeds/examples/001_01.py
# shows: Start order is not print order: the document printed 0, 3, 4, 2, 1 ("创建顺序不唯一"). The main process ends without join(); CPython's exit handler still waits for the non-daemon children.
# options: --platform windows
# variant seed-2: --seed 2

# -*- coding: utf-8 -*-

import multiprocessing


def process(index):
    print("process : {0}".format(index))


# 一定要有 if __name__ == "__main__":
if __name__ == "__main__":
    for i in range(5):
        # 传参为元组
        p = multiprocessing.Process(target=process, args=(i,))
        p.start()
