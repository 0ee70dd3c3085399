# Process.terminate() reaches a SIGTERM handler in the child (or is ignored with SIG_IGN);
# a fork child inherits the parent's handlers, a spawn child starts with the defaults;
# SIGINT raises KeyboardInterrupt in a child (exit code 1) and, uncaught, ends the main
# process by SIGINT; a handler runs while the main thread waits in Queue.get, and one
# that raises makes the get raise.
import multiprocessing as mp
import os
import signal
import sys
import time


def on_term(signum, frame):
    print("worker got SIGTERM, cleaning up", flush=True)
    sys.exit(0)


def worker(ev):
    signal.signal(signal.SIGTERM, on_term)
    ev.set()
    while True:
        time.sleep(0.1)


def stubborn(ev):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ev.set()
    time.sleep(1)
    print("stubborn survived terminate", flush=True)


def report(ev):
    h = signal.getsignal(signal.SIGUSR1)
    print("child sees handler:", h if isinstance(h, int) else h.__name__, flush=True)
    ev.set()


def interrupted(ev):
    ev.set()
    time.sleep(5)


def on_usr1(signum, frame):
    print("parent USR1", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    signal.signal(signal.SIGUSR1, on_usr1)
    for target in (worker, stubborn, report, interrupted):
        ev = mp.Event()
        p = mp.Process(target=target, args=(ev,))
        p.start()
        ev.wait()
        if target is interrupted:
            time.sleep(0.5)
            os.kill(p.pid, signal.SIGINT)
        elif target is not report:
            p.terminate()
        p.join()
        print(target.__name__, "exitcode", p.exitcode, flush=True)
    q = mp.Queue()
    signal.signal(signal.SIGALRM, lambda s, f: q.put("put by the handler"))
    signal.alarm(1)
    print("got", q.get())
    signal.signal(signal.SIGALRM, lambda s, f: 1 / 0)
    signal.alarm(1)
    try:
        q.get()
    except ZeroDivisionError as e:
        print("the handler raised out of get:", e)
    os.kill(os.getpid(), signal.SIGUSR1)
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
