import logging
import multiprocessing as mp
import os


def work(n):
    print("child", n, flush=True)


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    logger = mp.log_to_stderr()
    logger.setLevel(logging.INFO)
    print(logger.name, logging.getLevelName(logger.level))
    ps = [mp.Process(target=work, args=(i,)) for i in range(2)]
    for p in ps:
        p.start()
        p.join()
    print("exit codes", [p.exitcode for p in ps])
