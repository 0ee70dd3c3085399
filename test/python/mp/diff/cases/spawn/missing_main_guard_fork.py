# methods: fork
import multiprocessing as mp

ctx = mp.get_context("fork")
print("top level, __name__ =", __name__)


def work():
    print("work ran", flush=True)


p = ctx.Process(target=work)
p.start()
p.join()
print("exitcode", p.exitcode, "in", __name__)
