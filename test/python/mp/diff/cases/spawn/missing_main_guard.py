# methods: spawn
import multiprocessing as mp

ctx = mp.get_context("spawn")
print("top level, __name__ =", __name__)


def work():
    print("work ran (never, the child dies first)")


p = ctx.Process(target=work)
p.start()
p.join()
print("exitcode", p.exitcode, "in", __name__)
