# forkscope: os.fork() returns twice
# source: document 004 (进程), example 1 — ../shared/seeds/examples/004_01.py
# shows: The child gets 0 and prints '子进程', the parent gets the child's pid and prints '父进程'; either line may come first. Windows has no os.fork: the variant ends with AttributeError: module 'os' has no attribute 'fork'.
# variant windows: --platform windows

import os
pid = os.fork()
if pid == 0:
    print('子进程')
else:
    print('父进程')
