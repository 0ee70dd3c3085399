# methods: fork
# signal.setitimer / getitimer with ITIMER_REAL: a periodic SIGALRM whose handler runs
# between bytecodes and during sleeps, the values left and the interval, cancelling,
# alarm() sharing the same timer, a fork child starting with no timer, and the errors.
import multiprocessing as mp
import os
import signal
import time

ticks = []


def on_alarm(signum, frame):
    ticks.append(time.monotonic())


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    signal.signal(signal.SIGALRM, on_alarm)
    print("before:", signal.getitimer(signal.ITIMER_REAL))
    print("set returns the old one:", signal.setitimer(signal.ITIMER_REAL, 0.25, 0.1))
    left, every = signal.getitimer(signal.ITIMER_REAL)
    print("left in (0.2, 0.25]:", 0.2 < left <= 0.25, "| interval:", every)
    while len(ticks) < 5:
        time.sleep(0.05)
    old = signal.setitimer(signal.ITIMER_REAL, 0)
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    print("at least 5 ticks:", len(ticks) >= 5, "| every ~0.1 s:", all(0.08 < g < 0.14 for g in gaps))
    print("cancelled, had left at most the interval:", 0 < old[0] <= 0.1, old[1])
    print("after cancel:", signal.getitimer(signal.ITIMER_REAL))
    print(signal.setitimer(signal.ITIMER_REAL, 1.5))
    print("alarm() cancels it and rounds what was left:", signal.alarm(0))
    print(signal.getitimer(signal.ITIMER_REAL))
    signal.setitimer(signal.ITIMER_REAL, 2)
    pid = os.fork()
    if pid == 0:
        print("child's timer:", signal.getitimer(signal.ITIMER_REAL), flush=True)
        os._exit(0)
    os.waitpid(pid, 0)
    print("parent's timer still set:", signal.getitimer(signal.ITIMER_REAL)[0] > 1)
    signal.setitimer(signal.ITIMER_REAL, 0)
    n = len(ticks)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    signal.pause()
    print("pause returned after one more tick:", len(ticks) == n + 1)
    print(signal.ItimerError, signal.ItimerError.__mro__[1], signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
    for args in [(signal.ITIMER_REAL, -1), (signal.ITIMER_REAL, 1, -0.5), (9, 1)]:
        try:
            signal.setitimer(*args)
        except signal.ItimerError as e:
            print(repr(e), e.errno)
    try:
        signal.getitimer(-1)
    except OSError as e:
        print(type(e).__name__, e)
