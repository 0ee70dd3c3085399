# --- os basics
import os
print(os.getcwd(), os.path.join('a', 'b', 'c'), os.path.basename('/x/y.py'), os.path.dirname('/x/y.py'), os.path.abspath('z'), os.path.exists('/nope'))
os.mkdir('d1')
os.makedirs('d2/e/f')
with open('d1/file.txt', 'w') as f:
    f.write('hi\n')
print(sorted(os.listdir('.')), os.path.isdir('d1'), os.path.isfile('d1/file.txt'), os.path.exists('d2/e/f'), os.listdir('d2'))
os.remove('d1/file.txt')
print(os.listdir('d1'), os.environ['HOME'], os.environ.get('USER'), os.environ.get('NOPE', 'dflt'), os.sep, os.name)
try:
    os.remove('nope.txt')
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
os.chdir('d2')
print(os.getcwd())
# --- files
with open('f.txt', 'w', encoding='utf-8') as f:
    print(f.write('line1\n'), f.write('line2\nline3'), f.closed, f.name, f.mode)
print(f.closed)
with open('f.txt') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open('f.txt', 'a') as f:
    f.write('\nmore\n')
for line in open('f.txt'):
    print(repr(line))
print(open('f.txt').read().splitlines())
try:
    open('missing.txt')
except FileNotFoundError as e:
    print(e)
try:
    open('f.txt').write('x')
except Exception as e:
    print(type(e).__name__, e)
# --- sys
import sys
print(sys.argv, sys.platform, sys.getrecursionlimit(), sys.maxsize, sys.version_info[0], type(sys.modules).__name__, 'sys' in sys.modules)
sys.stdout.write('via write\n')
print('to stderr', file=sys.stderr)
print('a', 'b', sep='-', end='!\n', flush=True)
# --- time on the virtual clock
import time
t0 = time.time()
m0 = time.monotonic()
time.sleep(1.5)
print(round(time.time() - t0, 1), round(time.monotonic() - m0, 1), t0 >= 1704067200, time.gmtime(0).tm_year, time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)), type(time.time_ns()).__name__)
print(time.ctime(1704067200), time.localtime(1704067200).tm_hour)
# --- random is CPython's, bit for bit
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2), random.randrange(0, 100, 5))
l = list(range(10)); random.shuffle(l)
print(l, random.sample(range(100), 5), random.gauss(0, 1))
r = random.Random(7)
print(r.random(), r.randint(0, 9), random.getrandbits(40))
# --- math
import math
print(math.sqrt(16), math.pi, math.e, math.floor(-2.5), math.ceil(2.1), math.factorial(20), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.inf, math.log(math.e), math.log2(8), math.log10(1000))
print(math.sin(0), math.cos(0), math.hypot(3, 4), math.pow(2, 10), math.fabs(-1), math.trunc(-2.7), math.isnan(float('nan')), math.comb(5, 2), math.prod([1, 2, 3]), math.fsum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
# --- queue (in-process)
import queue
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.qsize(), q.full(), q.get(), q.get(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
q.put(1); q.put(2)
try:
    q.put(3, block=False)
except queue.Full:
    print('Full')
try:
    q.get(timeout=0.1); q.get(timeout=0.1); q.get(timeout=0.1)
except queue.Empty as e:
    print('timed out', repr(e))
lq = queue.LifoQueue(); lq.put(1); lq.put(2)
pq = queue.PriorityQueue(); pq.put((2, 'b')); pq.put((1, 'a'))
print(lq.get(), pq.get())
# --- signal numbers
import signal
print(signal.SIGTERM, signal.SIGKILL, signal.SIGINT, int(signal.SIGTERM), signal.SIGTERM.name)
# --- input from stdin
name = input('Name: ')
print(f'Hello {name}!')
print(input(), input())
try:
    input('more? ')
except EOFError as e:
    print('EOFError', e)
