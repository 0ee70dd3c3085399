# methods: fork
# SIGSTOP / SIGCONT: a stopped child makes no progress until it is continued; waitpid with
# WUNTRACED and WCONTINUED reports the stop and the continue, once each; os.WIFSTOPPED,
# WSTOPSIG, WIFCONTINUED; the parent's SIGCHLD handler runs at the stop, the continue and
# the exit; a caught SIGTSTP runs the child's handler and does not stop it; a caught
# SIGCONT continues the child and runs its handler; SIGKILL ends a stopped child; waitstatus_to_exitcode
# refuses a stop status.
import multiprocessing as mp
import os
import signal
import time

chld = []


def on_chld(signum, frame):
    chld.append(signal.Signals(signum).name)


def on_child_signal(signum, frame):
    handled.value += 1 if signum == signal.SIGTSTP else 10


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    signal.signal(signal.SIGCHLD, on_chld)
    ticks = mp.RawValue("i", 0)
    handled = mp.RawValue("i", 0)
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGTSTP, on_child_signal)
        signal.signal(signal.SIGCONT, on_child_signal)
        while True:
            ticks.value += 1
            time.sleep(0.02)
    time.sleep(0.3)
    os.kill(pid, signal.SIGSTOP)
    p, status = os.waitpid(pid, os.WUNTRACED)
    print("stopped:", p == pid, os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WIFEXITED(status),
          os.WIFSIGNALED(status), os.WIFCONTINUED(status))
    try:
        os.waitstatus_to_exitcode(status)
    except ValueError as e:
        print("ValueError", e)
    print("nothing more to report:", os.waitpid(pid, os.WNOHANG | os.WUNTRACED))
    before = ticks.value
    time.sleep(0.5)
    print("no progress while stopped:", ticks.value == before, before > 0)
    os.kill(pid, signal.SIGCONT)
    p, status = os.waitpid(pid, os.WCONTINUED)
    print("continued:", p == pid, os.WIFCONTINUED(status), os.WIFSTOPPED(status), hex(status))
    time.sleep(0.5)
    print("progress again:", ticks.value > before, "handled:", handled.value)
    os.kill(pid, signal.SIGTSTP)
    time.sleep(0.3)
    print("after a caught SIGTSTP:", os.waitpid(pid, os.WNOHANG | os.WUNTRACED), "handled:", handled.value)
    os.kill(pid, signal.SIGSTOP)
    print("stopped again:", os.WIFSTOPPED(os.waitpid(pid, os.WUNTRACED)[1]))
    os.kill(pid, signal.SIGKILL)
    p, status = os.waitpid(pid, 0)
    print("killed while stopped:", os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
    time.sleep(0.1)
    print("SIGCHLD handled:", chld)
