# getpid/getppid relations between a parent, its child and its grandchild.
import multiprocessing as mp
import os


def grandchild(q, parent_pid):
    q.put(("grandchild", os.getppid() == parent_pid))


def child(q, parent_pid):
    q.put(("child", os.getppid() == parent_pid))
    p = mp.Process(target=grandchild, args=(q, os.getpid()))
    p.start()
    p.join()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    p = mp.Process(target=child, args=(q, os.getpid()))
    p.start()
    print(q.get())
    print(q.get())
    p.join()
    print("child pid differs:", p.pid != os.getpid())
