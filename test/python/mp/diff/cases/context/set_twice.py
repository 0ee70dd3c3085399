import multiprocessing as mp
import os

if __name__ == "__main__":
    method = os.environ.get("FORKSCOPE_START_METHOD", "fork")
    mp.set_start_method(method)
    print("method", mp.get_start_method())
    for other in ["fork", "spawn", "forkserver"]:
        try:
            mp.set_start_method(other)
        except RuntimeError as e:
            print(other, "->", type(e).__name__, e)
    try:
        mp.get_context("bogus")
    except ValueError as e:
        print("ValueError:", e)
    try:
        mp.set_start_method("bogus", force=True)
    except ValueError as e:
        print("ValueError:", e)
    print("still", mp.get_start_method())
