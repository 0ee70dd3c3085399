# Using a context object (get_context) instead of the global start method.
import multiprocessing as mp
import os


def where(q):
    q.put(mp.current_process().name)


if __name__ == "__main__":
    ctx = mp.get_context(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    print(ctx.get_start_method())
    q = ctx.Queue()
    p = ctx.Process(target=where, args=(q,), name="ctx-child")
    p.start()
    print(q.get())
    p.join()
    with ctx.Pool(2) as pool:
        print(pool.map(abs, [-1, -2, 3]))
