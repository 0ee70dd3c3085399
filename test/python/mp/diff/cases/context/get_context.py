import multiprocessing as mp
import os


def hello(tag):
    print("hello from", tag, mp.current_process().name, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    spawn_ctx = mp.get_context("spawn")
    fork_ctx = mp.get_context("fork")
    print(spawn_ctx.get_start_method(), fork_ctx.get_start_method(), mp.get_start_method())
    ps = spawn_ctx.Process(target=hello, args=("spawn ctx",))
    pf = fork_ctx.Process(target=hello, args=("fork ctx",))
    pd = mp.Process(target=hello, args=("default",))
    print(repr(ps))
    print(repr(pf))
    print(repr(pd))
    for p in (ps, pf, pd):
        p.start()
        p.join()
    print([type(p).__name__ for p in (ps, pf, pd)], [p.exitcode for p in (ps, pf, pd)])
    q = spawn_ctx.Queue()
    c = spawn_ctx.Process(target=hello, args=("via queue ctx",))
    c.start()
    c.join()
    q.put("ctx queue works")
    print(q.get())
