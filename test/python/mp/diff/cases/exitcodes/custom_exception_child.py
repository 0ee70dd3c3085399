import multiprocessing as mp
import os


class PipelineError(Exception):
    pass


def stage():
    raise PipelineError("stage 2 failed")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    p = mp.Process(target=stage)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
