import multiprocessing as mp
import os


def child(sq):
    for word in ["alpha", "beta", "gamma"]:
        sq.put(word)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    sq = mp.SimpleQueue()
    print(type(sq).__name__, sq.empty())
    p = mp.Process(target=child, args=(sq,))
    p.start()
    p.join()
    print("not empty after child exit:", not sq.empty())
    print([sq.get() for _ in range(3)], sq.empty())
    for attr in ["get_nowait", "qsize", "full", "put_nowait"]:
        print(attr, hasattr(sq, attr))
    sq.close()
    for label, call in [("put", lambda: sq.put(1)), ("get", sq.get)]:
        try:
            call()
        except OSError as e:
            print(label, "->", type(e).__name__, e)
