import multiprocessing as mp
import queue

if __name__ == "__main__":
    q = mp.Queue()
    q.put("job")
    print("empty right after put:", q.empty(), "| qsize:", q.qsize())
    try:
        print("get_nowait:", q.get_nowait())
    except queue.Empty:
        print("get_nowait: Empty")
        print("get:", q.get())
