import multiprocessing as mp
import os


class Bad(mp.Process):
    def __init__(self, value):
        self.value = value

    def run(self):
        print("never runs")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    b = Bad(1)
    print("constructed, value =", b.value)
    for action in [lambda: repr(b), lambda: b.start(), lambda: b.name]:
        try:
            print(action())
        except AttributeError as e:
            print(type(e).__name__ + ":", e)
