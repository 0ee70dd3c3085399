# methods: fork
# A signal handler's frame argument: where the main thread stood (f_lineno, f_code,
# f_back, f_globals, f_locals), during a sleep inside a function, between bytecodes (the
# loop's line: CPython checks for signals at its backward jump, forkscope between any two
# instructions) and at os.kill to itself.
import multiprocessing as mp
import os
import signal
import time

seen = []


def handler(signum, frame):
    chain = []
    f = frame
    while f is not None:
        chain.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    seen.append((signum, type(frame).__name__, chain, frame.f_globals is globals(), sorted(frame.f_locals)))


def napping(seconds):
    label = "nap"
    time.sleep(seconds)


def spin():
    total = 0
    while not seen:
        total += 1
    return total


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    napping(0.2)
    print(seen[0])
    seen.clear()
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    spin()
    signum, kind, chain, same_globals, names = seen[0]
    print(signum, kind, [name for name, _ in chain], chain[0][1] in (30, 31), chain[1][1], same_globals, names)
    seen.clear()
    os.kill(os.getpid(), signal.SIGALRM)
    print(seen[0][2])
