import multiprocessing as mp
import os


def child():
    parent = mp.parent_process()
    me = mp.current_process()
    print("parent repr:", repr(parent), flush=True)
    print("parent name:", parent.name, "| pid matches getppid:", parent.pid == os.getppid(), flush=True)
    print("parent alive:", parent.is_alive(), flush=True)
    print("me repr:", repr(me), flush=True)
    print("me pid matches getpid:", me.pid == os.getpid(), "| alive:", me.is_alive(), flush=True)


def grandchild():
    print("grandchild's parent:", mp.parent_process().name, flush=True)


def middle():
    g = mp.Process(target=grandchild)
    g.start()
    g.join()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=child, name="Kid")
    p.start()
    p.join()
    m = mp.Process(target=middle, name="Middle")
    m.start()
    m.join()
    print("exitcodes", p.exitcode, m.exitcode)
