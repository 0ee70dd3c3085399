# methods: fork
# A handler always runs in the main thread, even when another thread sends the signal;
# a main thread waiting in Thread.join() runs it and goes back to waiting; only the main
# thread may install handlers.
import multiprocessing as mp
import os
import signal
import threading
import time


def handler(signum, frame):
    print("handler in", threading.current_thread().name, "for", signal.Signals(signum).name, flush=True)


def sender():
    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.2)
    print("sender done", flush=True)
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        print("ValueError:", e, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    signal.signal(signal.SIGUSR1, handler)
    t = threading.Thread(target=sender, name="Sender")
    t.start()
    t.join()
    print("joined")
    ev = mp.Event()

    def child():
        signal.signal(signal.SIGUSR2, handler)
        ev.set()
        time.sleep(1)
        print("child slept its second", flush=True)

    p = mp.Process(target=child)
    p.start()
    ev.wait()
    os.kill(p.pid, signal.SIGUSR2)
    p.join()
    print("exitcode", p.exitcode)
