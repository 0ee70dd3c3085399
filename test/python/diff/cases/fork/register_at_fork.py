# os.register_at_fork: before hooks last-registered first, after hooks in order, in os.fork and multiprocessing's fork
# record: stderr
import multiprocessing as mp
import os
import sys

log = []
os.register_at_fork(before=lambda: print('before 1', flush=True))
os.register_at_fork(before=lambda: print('before 2', flush=True), after_in_parent=lambda: print('parent 1', flush=True))
os.register_at_fork(after_in_child=lambda: print('child 1', flush=True))
os.register_at_fork(after_in_child=lambda: log.append('child 2'), after_in_parent=lambda: log.append('parent 2'))


def broken():
    raise RuntimeError('hook failed')


os.register_at_fork(after_in_parent=broken)
for kw in [{}, {'before': 5}, {'after_in_child': None}]:
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print('TypeError:', e)

pid = os.fork()
if pid == 0:
    print('in child', log, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print('in parent', log, flush=True)


def work():
    print('worker', log, flush=True)


if __name__ == '__main__':
    p = mp.get_context('fork').Process(target=work)
    p.start()
    p.join()
    print('done', p.exitcode, log, flush=True)
