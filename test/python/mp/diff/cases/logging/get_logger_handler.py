import logging
import multiprocessing as mp
import os
import sys


def work(n):
    log = mp.get_logger()
    log.info("info from child %d", n)
    log.warning("warning from child %d", n)
    print("child handlers:", len(log.handlers), flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    logger = mp.get_logger()
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(processName)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("parent configured")
    p = mp.Process(target=work, args=(1,))
    p.start()
    p.join()
    logger.info("child exit code %d", p.exitcode)
