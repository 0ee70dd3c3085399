import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor


def parse(text):
    return int(text)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(parse, "12").result())
        ex.submit(parse, "twelve").result()
