import multiprocessing as mp
import os
import time


def sleeper():
    time.sleep(30)


def exits_with(code):
    os._exit(code)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    t = mp.Process(target=sleeper)
    t.start()
    t.terminate()
    t.join()
    print(repr(t), t.exitcode)
    k = mp.Process(target=sleeper)
    k.start()
    k.kill()
    k.join()
    print(repr(k), k.exitcode)
    e = mp.Process(target=exits_with, args=(7,))
    e.start()
    e.join()
    print(repr(e), e.exitcode)
