import multiprocessing as mp
import os


def sender(conn):
    conn.send("only message")
    conn.close()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a, b = mp.Pipe()
    a.send(1)
    a.send(2)
    a.close()
    print(b.recv(), b.poll(), b.recv())
    print("poll when peer closed and buffer empty:", b.poll())
    try:
        b.recv()
    except EOFError as e:
        print("EOFError", repr(e), repr(str(e)))
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=sender, args=(w,))
    p.start()
    w.close()
    print(r.recv())
    try:
        r.recv()
    except EOFError:
        print("EOFError after the child closed its end and exited")
    p.join()
