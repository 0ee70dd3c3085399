import multiprocessing as mp
import os


def report(ev, q):
    q.put(os.getpid())
    ev.wait()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ev = mp.Event()
    q = mp.Queue()
    p = mp.Process(target=report, args=(ev, q))
    print("before start:", p.pid, p.ident, p.exitcode, p.is_alive())
    try:
        p.sentinel
    except ValueError as e:
        print("sentinel:", e)
    p.start()
    child_pid = q.get()
    print("running:", p.pid == child_pid, p.ident == p.pid, p.exitcode, p.is_alive())
    print("sentinel is int:", isinstance(p.sentinel, int))
    ev.set()
    p.join()
    print("finished:", p.pid == child_pid, p.exitcode, p.is_alive())
    p.join()
    print("join again returns", p.join())
