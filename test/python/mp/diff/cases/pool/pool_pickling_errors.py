import multiprocessing as mp
import os


def ident(x):
    return x


cube = lambda x: x ** 3


def make_adder(n):
    return lambda x: x + n


def call_it(arg):
    return "worker got " + type(arg).__name__


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    with mp.Manager() as m:
        mq = m.Queue()
        with mp.Pool(1) as pool:
            for label, call in [
                ("map(module-level lambda)", lambda: pool.map(cube, [1])),
                ("map(lambda in a lambda)", lambda: pool.map(lambda x: x, [1])),
                ("apply(local function)", lambda: pool.apply(make_adder(1), (1,))),
                ("worker returns a lambda", lambda: pool.apply(make_adder, (1,))),
                ("mp.Queue as argument", lambda: pool.apply(call_it, (q,))),
                ("pool as argument", lambda: pool.apply(call_it, (pool,))),
                ("manager queue as argument", lambda: pool.apply(call_it, (mq,))),
            ]:
                try:
                    print(label, "->", call())
                except Exception as e:
                    print(label, "->", type(e).__module__ + "." + type(e).__name__ + ":", e)
            print("pool still usable:", pool.apply(ident, (5,)))
