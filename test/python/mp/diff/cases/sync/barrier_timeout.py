import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    b = mp.Barrier(2)
    try:
        b.wait(timeout=0.2)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, repr(e), repr(str(e)), isinstance(e, RuntimeError))
        broken_error = type(e)
    print("broken:", b.broken)
    try:
        b.wait(1)
    except broken_error:
        print("still broken on the next wait")
    b.reset()
    print("after reset broken:", b.broken, repr(b))
    b.abort()
    print("after abort broken:", b.broken)
