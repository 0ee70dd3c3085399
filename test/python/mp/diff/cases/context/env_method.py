import multiprocessing as mp
import os


def child(q):
    q.put((mp.get_start_method(), mp.current_process().name))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(mp.get_start_method(), q.get())
    p.join()
