import multiprocessing as mp
import os


def echo(conn, other):
    other.close()
    while True:
        msg = conn.recv()
        if msg is None:
            conn.send("bye")
            break
        conn.send(msg.upper() if isinstance(msg, str) else msg * 2)
    conn.close()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a, b = mp.Pipe()
    print(a.readable, a.writable, b.readable, b.writable)
    p = mp.Process(target=echo, args=(b, a))
    p.start()
    for msg in ["hello", 21, "管道", [1, 2]]:
        a.send(msg)
        print(repr(msg), "->", repr(a.recv()))
    a.send(None)
    print(a.recv())
    p.join()
    print("exitcode", p.exitcode)
