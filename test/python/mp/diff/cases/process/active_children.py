import multiprocessing as mp
import os


def wait_on(ev):
    ev.wait()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    print(mp.active_children())
    ev = mp.Event()
    procs = [mp.Process(target=wait_on, args=(ev,), name=f"w{i}") for i in range(3)]
    for p in procs:
        p.start()
    print(sorted(p.name for p in mp.active_children()))
    print(len(mp.active_children()), all(p.is_alive() for p in procs))
    print(sorted(repr(p) for p in mp.active_children()))
    ev.set()
    for p in procs:
        p.join()
    print(mp.active_children())
    done = mp.Process(target=wait_on, args=(ev,))
    done.start()
    done.join()
    print(mp.active_children(), done.exitcode)
