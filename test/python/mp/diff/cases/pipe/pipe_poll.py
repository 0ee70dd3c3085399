import multiprocessing as mp
import os
import time


def delayed_send(conn, ev):
    ev.wait()
    time.sleep(0.3)
    conn.send("late")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a, b = mp.Pipe()
    print("poll() on empty:", a.poll())
    t0 = time.time()
    print("poll(0.2) on empty:", a.poll(0.2), "| waited:", time.time() - t0 >= 0.19)
    print("poll(-1):", a.poll(-1), "| poll(0):", a.poll(0))
    ev = mp.Event()
    p = mp.Process(target=delayed_send, args=(b, ev))
    p.start()
    ev.set()
    print("poll(10) once data arrives:", a.poll(10))
    print("poll() again, still unread:", a.poll())
    print(a.recv(), a.poll())
    p.join()
