import multiprocessing as mp
import os
import sys


def do(kind):
    if kind == "return":
        return 42
    if kind == "sys.exit()":
        sys.exit()
    if kind == "sys.exit(None)":
        sys.exit(None)
    if kind == "sys.exit(0)":
        sys.exit(0)
    if kind == "sys.exit(3)":
        sys.exit(3)
    if kind == "sys.exit(256)":
        sys.exit(256)
    if kind == "sys.exit(-1)":
        sys.exit(-1)
    if kind == "sys.exit(True)":
        sys.exit(True)
    if kind == "os._exit(9)":
        os._exit(9)
    if kind == "raise SystemExit(5)":
        raise SystemExit(5)
    if kind == "sys.exit('message')":
        sys.exit("message from child")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    kinds = ["return", "sys.exit()", "sys.exit(None)", "sys.exit(0)", "sys.exit(3)", "sys.exit(256)",
             "sys.exit(-1)", "sys.exit(True)", "os._exit(9)", "raise SystemExit(5)", "sys.exit('message')"]
    for kind in kinds:
        p = mp.Process(target=do, args=(kind,))
        p.start()
        p.join()
        print(f"{kind:<22} exitcode={p.exitcode}")
