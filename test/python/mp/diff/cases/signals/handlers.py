# methods: fork
# Handlers run in the main thread right after the call that raised the signal, SIG_IGN
# ignores, SIG_DFL ends a process with the signal's status, alarm + pause, alarm during
# sleep (the sleep resumes for the time left, PEP 475), a fork child keeps its parent's
# handlers, KeyboardInterrupt from SIGINT, and CPython's errors.
import multiprocessing as mp
import os
import signal
import time


def receive(signum, frame):
    print("Received:", signum, signal.Signals(signum).name, flush=True)


def on_alarm(signum, frame):
    print("Alarm!", signum, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGINT) is signal.default_int_handler,
          repr(signal.getsignal(signal.SIGPIPE)))
    print(repr(signal.signal(signal.SIGUSR1, receive)))
    print(signal.signal(signal.SIGUSR2, receive))
    print(signal.getsignal(signal.SIGUSR1) is receive)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("after USR1")
    os.kill(os.getpid(), signal.SIGUSR2)
    print("after USR2")
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGTERM)
    print("SIGTERM ignored")
    os.kill(os.getpid(), signal.SIGCHLD)
    print("SIGCHLD's default does nothing")

    signal.signal(signal.SIGALRM, on_alarm)
    print("no alarm before:", signal.alarm(3))
    print("left of the first:", signal.alarm(1))
    start = time.time()
    signal.pause()
    print("pause returned after", round(time.time() - start), "s")
    signal.alarm(1)
    start = time.time()
    time.sleep(3)
    print("slept", round(time.time() - start), "s in all")
    print("cancelled:", signal.alarm(0))

    for bad in ((signal.SIGKILL, receive), (99, receive), (signal.SIGUSR2, 5), (signal.SIGSTOP, signal.SIG_IGN)):
        try:
            signal.signal(*bad)
        except (OSError, ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        os.kill(os.getpid(), 99)
    except OSError as e:
        print(type(e).__name__, e)
    print(signal.strsignal(signal.SIGUSR1), "/", signal.strsignal(signal.SIGALRM), "/", signal.strsignal(signal.SIGTERM))
    print(sorted(signal.valid_signals())[:4])

    pid = os.fork()
    if pid == 0:
        print("child keeps the handler:", signal.getsignal(signal.SIGUSR1) is receive, flush=True)
        signal.pause()
        print("child after pause", flush=True)
        os._exit(3)
    time.sleep(0.5)
    os.kill(pid, signal.SIGUSR1)
    print("child status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGUSR2, signal.SIG_DFL)
        time.sleep(10)
        os._exit(0)
    time.sleep(0.5)
    os.kill(pid, signal.SIGUSR2)
    print("unhandled SIGUSR2:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

    pid = os.fork()
    if pid == 0:
        time.sleep(10)
        os._exit(0)
    time.sleep(0.5)
    os.kill(pid, signal.SIGALRM)
    print("unhandled SIGALRM:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

    try:
        os.kill(os.getpid(), signal.SIGINT)
        print("not reached")
    except KeyboardInterrupt:
        print("KeyboardInterrupt caught")
    signal.raise_signal(signal.SIGUSR1)
    print("done")
