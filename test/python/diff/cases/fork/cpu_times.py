# CPU time: time.process_time/thread_time, os.times, resource.getrusage, os.wait3/wait4 (the child's usage)
import os
import resource
import time


def spin(n):
    x = 0
    for i in range(n):
        x += i
    return x


t0 = time.process_time()
spin(1000000)
t1 = time.process_time()
print('self cpu grows', t1 - t0 > 0.005, time.process_time_ns() >= int(t1 * 1e9) - 1000)
print('thread <= process', time.thread_time() <= time.process_time() + 1e-6, time.thread_time_ns() > 0)
pid = os.fork()
if pid == 0:
    spin(2000000)
    os._exit(3)
before = os.times()
kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
print('times', len(before), type(before).__name__)
r = os.wait4(pid, 0)
print('wait4', r[0] == pid, r[1] >> 8, r[2].ru_utime > 0.01, type(r[2]).__name__, len(r[2]))
after = os.times()
print('children counted', after.children_user - before.children_user >= 0.02, after.user >= before.user,
      after.elapsed >= before.elapsed)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
me = resource.getrusage(resource.RUSAGE_SELF)
print('getrusage', abs(kids.ru_utime - kids0.ru_utime - r[2].ru_utime) < 0.02, me.ru_utime + me.ru_stime >= t1 - 0.01,
      kids[0] == kids.ru_utime)
pid2 = os.fork()
if pid2 == 0:
    os._exit(5)
p, status, usage = os.wait3(0)
print('wait3', p == pid2, status >> 8, usage.ru_utime < 1)
print(os.wait3(os.WNOHANG) if False else 'ok', resource.getpagesize(), resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
try:
    resource.getrusage(5)
except ValueError as e:
    print('ValueError', e)
try:
    os.wait4(-1, 0)
except ChildProcessError as e:
    print('ChildProcessError', e)
