import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        for proxy in [m.dict(), m.list([1, 2]), m.Value("i", 7), m.Queue(), m.Lock(), m.Namespace(), m.Event()]:
            print(repr(proxy))
        print(str(m.list([1, 2])), str(m.dict(a=1)), str(m.Value("i", 7)))
        print(type(m).__name__)
