# The first example of most tutorials: start a process with arguments and join it.
import multiprocessing as mp
import os


def greet(name, times):
    for i in range(times):
        print(f"hello {name} #{i}", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=greet, args=("bob", 3))
    print("alive before start:", p.is_alive())
    p.start()
    p.join()
    print("alive after join:", p.is_alive(), "exitcode:", p.exitcode)
