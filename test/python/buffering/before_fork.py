# Text still in stdout's buffer when the process forks is copied into the child:
# with a pipe (block buffering) both print it; with a terminal (line buffering) only
# the unfinished line is copied; unbuffered, nothing is. os._exit drops what the
# child holds; multiprocessing flushes before it starts a child.
import multiprocessing as mp
import os
import sys

print('header line')
print('unfinished', end=' ')
pid = os.fork()
if pid == 0:
    print('child one')
    sys.exit(0)
os.waitpid(pid, 0)
print('parent one')

print('again', end=' ')
pid = os.fork()
if pid == 0:
    print('child two, then os._exit')
    os._exit(0)
os.waitpid(pid, 0)
print('parent two')


def work():
    print('mp child', end='')


if __name__ == '__main__':
    mp.set_start_method('fork')
    print('before mp', end=' ')
    p = mp.Process(target=work)
    p.start()
    p.join()
    print('| after mp', flush=True)
    sys.stdout.write('written ')
    sys.stdout.flush()
    print('at exit', end='')
