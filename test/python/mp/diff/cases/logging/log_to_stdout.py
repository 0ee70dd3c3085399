import logging
import multiprocessing as mp
import os
import sys
import time


def to_stdout():
    # log_to_stderr()'s handler writes to stdout here (a spawned child makes its own handler
    # before it re-runs this module, so this line runs there too)
    for h in mp.get_logger().handlers:
        h.setStream(sys.stdout)


to_stdout()


def work(n):
    mp.get_logger().info("working on %d", n)
    print("result", n * n, flush=True)


def late(started):
    started.set()
    time.sleep(0.4)
    print("late child done", flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    logger = mp.log_to_stderr(logging.DEBUG)
    to_stdout()
    print(logger, logger.handlers, logger.propagate, logger.getEffectiveLevel())
    p = mp.Process(target=work, args=(3,))
    p.start()
    p.join()
    logger.info("first child exited with %d", p.exitcode)
    logger.setLevel(logging.INFO)  # (at DEBUG, semaphores report their creation with their address)
    started = mp.Event()
    q = mp.Process(target=late, args=(started,))
    q.start()
    started.wait()
    logger.warning("main ends while %s runs", q.name)
