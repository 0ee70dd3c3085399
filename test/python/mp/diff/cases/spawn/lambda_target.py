import multiprocessing as mp
import os

square = lambda x: print("square:", x * x, flush=True)

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=square, args=(7,))
    try:
        p.start()
        p.join()
        print("started fine, exitcode", p.exitcode)
    except Exception as e:
        print("start() raised", type(e).__module__ + "." + type(e).__name__ + ":", e)
        print(repr(p))
