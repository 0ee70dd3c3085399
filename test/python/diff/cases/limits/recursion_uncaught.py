# record: stderr
# An uncaught RecursionError 3,000 calls deep: CPython prints the innermost 1,000 entries
# of the traceback (PyTraceBack_LIMIT), the repeated line folded.
import sys
sys.setrecursionlimit(3000)
def f(n):
    return f(n + 1)
f(0)
