import multiprocessing as mp
import os


def make_local():
    def inner():
        return 1
    return inner


square = lambda x: x * x

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a, b = mp.Pipe()
    for label, obj in [("module-level lambda", square), ("local function", make_local()),
                       ("generator", (i for i in range(3)))]:
        try:
            a.send(obj)
            print(label, "sent?!")
        except Exception as e:
            print(label, "->", type(e).__name__ + ":", e)
    a.send(make_local)
    print("module-level function received:", b.recv()()())
    print("nothing else pending:", b.poll())
