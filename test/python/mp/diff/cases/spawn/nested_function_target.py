import multiprocessing as mp
import os


def outer():
    def inner(word):
        print("inner says", word, flush=True)

    return inner


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=outer(), args=("hi",))
    try:
        p.start()
        p.join()
        print("exitcode", p.exitcode)
    except Exception as e:
        print("start() raised", type(e).__name__ + ":", e)
    q = mp.Process(target=lambda: None)
    try:
        q.start()
        q.join()
        print("lambda target exitcode", q.exitcode)
    except Exception as e:
        print("start() raised", type(e).__name__)
