import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    c = mp.Condition()
    print(repr(c))
    print(repr(mp.Condition(mp.Lock())))
    for label, call in [("wait", lambda: c.wait(0.1)), ("notify", c.notify), ("notify_all", c.notify_all)]:
        try:
            call()
        except AssertionError as e:
            print(label, "without lock ->", type(e).__name__, e)
    with c:
        print("inside with:", repr(c))
        print("wait(0.2) timeout ->", c.wait(0.2))
        print("wait_for(false pred, 0.2) ->", c.wait_for(lambda: 0, 0.2))
        print("wait_for(true pred) ->", c.wait_for(lambda: "ready"))
        c.notify()
        c.notify_all()
        print("notify with nobody waiting is fine")
    print(repr(c))
