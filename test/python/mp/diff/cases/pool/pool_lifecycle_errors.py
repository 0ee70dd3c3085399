import multiprocessing as mp
import os


def ident(x):
    return x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    pool = mp.Pool(2)
    print(repr(pool))
    try:
        pool.join()
    except ValueError as e:
        print("join while running:", e)
    pool.close()
    print(repr(pool))
    pool.close()
    for label, call in [("apply", lambda: pool.apply(ident, (1,))), ("map", lambda: pool.map(ident, [1])),
                        ("apply_async", lambda: pool.apply_async(ident, (1,))), ("imap", lambda: pool.imap(ident, [1]))]:
        try:
            call()
        except ValueError as e:
            print(label, "after close:", e)
    try:
        with pool:
            pass
    except ValueError as e:
        print("with on closed pool:", e)
    pool.join()
    pool.terminate()
    print(repr(pool))
