import multiprocessing as mp
import os


def fail(x):
    print("child computing", x, flush=True)
    return 10 // x


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    ok = mp.Process(target=fail, args=(5,))
    ok.start()
    ok.join()
    bad = mp.Process(target=fail, args=(0,))
    bad.start()
    bad.join()
    print("exitcodes", ok.exitcode, bad.exitcode)
    print(repr(bad))
    print("parent continues normally")
