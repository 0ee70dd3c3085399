# methods: fork
import multiprocessing as mp


def child(q):
    q.put(mp.get_start_method())


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print("default start method on Linux 3.11:", mp.get_start_method())
    print("child reports:", q.get())
    p.join()
    print(repr(p).startswith("<Process name='Process-1'"), p.exitcode)
