# forkscope: os.fork() with getpid() and getppid()
# source: document 004 (进程), example 2 — ../shared/seeds/examples/004_02.py
# shows: Each side prints its own pid and the other's. The parent does not wait: if it has exited first, the orphan's getppid() names its new parent (init, 1) instead. Windows: AttributeError, no os.fork.
# variant windows: --platform windows

import os

pid = os.fork()
if pid == 0:
    print('我是子进程{},我的父进程是{}'.format(os.getpid(),os.getppid()))
else:
    print('我是父进程{},我的子进程是{}'.format(os.getpid(),pid))
