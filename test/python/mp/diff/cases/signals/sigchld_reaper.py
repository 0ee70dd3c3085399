# methods: fork
# The classic SIGCHLD reaper: the parent's handler collects every finished child with
# waitpid(-1, WNOHANG) while the parent sleeps or waits in signal.pause().
import multiprocessing as mp
import os
import signal
import time

done = []


def reap(signum, frame):
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        done.append(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    signal.signal(signal.SIGCHLD, reap)
    for code in (3, 1, 2):
        if os.fork() == 0:
            time.sleep(0.3 * code)
            os._exit(code)
    while len(done) < 3:
        signal.pause()
        print("reaped so far:", done)
    try:
        os.wait()
    except ChildProcessError as e:
        print("ChildProcessError", e)
    print("all reaped:", done)
