import multiprocessing as mp
import os

if __name__ == "__main__":
    def local_task():
        print("local_task ran", flush=True)

    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=local_task)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
