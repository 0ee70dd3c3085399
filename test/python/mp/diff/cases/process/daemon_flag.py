import multiprocessing as mp
import os


def report():
    me = mp.current_process()
    print("in child: daemon =", me.daemon, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a = mp.Process(target=report)
    b = mp.Process(target=report, daemon=True)
    c = mp.Process(target=report)
    c.daemon = True
    d = mp.Process(target=report, daemon=False)
    print([p.daemon for p in (a, b, c, d)], mp.current_process().daemon)
    for p in (a, b, c, d):
        p.start()
        p.join()
    print([p.exitcode for p in (a, b, c, d)])
