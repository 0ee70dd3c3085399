import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    try:
        q.join_thread()
    except AssertionError as e:
        print("AssertionError:", e)
    q.put("x")
    print(q.get())
    q.close()
    for label, call in [("put", lambda: q.put(1)), ("get", q.get), ("get_nowait", q.get_nowait)]:
        try:
            call()
        except (ValueError, OSError) as e:
            print(label, "->", type(e).__name__, e)
    q.join_thread()
    q.close()
    print("close twice is fine")
