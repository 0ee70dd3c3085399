import multiprocessing as mp
import os
import time


def slow():
    time.sleep(0.5)
    print("non-daemon child finished after the main traceback", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=slow)
    p.start()
    print("main raising now")
    raise RuntimeError("main failed while child runs")
