# sys.setrecursionlimit is not capped: 200,000 nested Python calls run (the VM's frames are
# not the host's stack); past the limit, RecursionError; the limit is a C int.
import sys
sys.setrecursionlimit(10**6)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(200000))
sys.setrecursionlimit(5000)
try:
    f(10000)
except RecursionError as e:
    print('RecursionError', e)
for bad in [0, 2**31, 2**64]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(2**31 - 1)
print(sys.getrecursionlimit())
