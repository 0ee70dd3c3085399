# Allocations past any machine's memory are MemoryError (CPython: malloc fails; forkscope:
# the process's memory limit, --param maxMemory), and the program goes on.
def attempt(what, f):
    try:
        f()
        print(what, 'ok')
    except MemoryError as e:
        print(what, type(e).__name__, repr(str(e)))

attempt('str repeat', lambda: 'ab' * 10**12)
attempt('list repeat', lambda: [0] * 10**12)
attempt('tuple repeat', lambda: (1, 2) * 10**12)
attempt('bytes repeat', lambda: b'ab' * 10**12)
attempt('shift', lambda: 1 << 10**12)
attempt('small ones', lambda: ('ab' * 1000, [0] * 1000, 1 << 1000, 3 ** 1000))
print('still running')
