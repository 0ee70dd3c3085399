import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    q = mp.JoinableQueue()
    q.join()
    print("join() with nothing put returns at once")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.put("a")
    print(q.get())
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.join()
    print(type(q).__name__, isinstance(q, mp.queues.Queue))
