# A duplex Pipe: the parent and the child take turns.
import multiprocessing as mp
import os


def player(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            break
        conn.send(msg + 1)
    conn.close()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    parent, child = mp.Pipe()
    p = mp.Process(target=player, args=(child,))
    p.start()
    n = 0
    for _ in range(5):
        parent.send(n)
        n = parent.recv() + 1
    parent.send("stop")
    print(n, parent.recv())
    p.join()
