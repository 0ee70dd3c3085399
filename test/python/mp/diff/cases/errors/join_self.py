import multiprocessing as mp
import os


def child():
    me = mp.current_process()
    try:
        me.join()
    except Exception as e:
        print("join self:", type(e).__name__, e, flush=True)
    print("is_alive on self:", me.is_alive(), flush=True)
    print("parent_process().is_alive():", mp.parent_process().is_alive(), flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    try:
        mp.current_process().join()
    except Exception as e:
        print("main joins itself:", type(e).__name__, e)
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
