import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    b = mp.BoundedSemaphore(2)
    print(repr(b))
    b.acquire()
    print(repr(b), b.get_value())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(repr(b))
    print(repr(mp.BoundedSemaphore()))
