import multiprocessing as mp
import os


def child(conn):
    data = conn.recv_bytes()
    conn.send_bytes(data[::-1])
    conn.send_bytes(b"0123456789", 2, 5)
    conn.send(len(data))


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a, b = mp.Pipe()
    p = mp.Process(target=child, args=(b,))
    p.start()
    a.send_bytes("bytes 你好".encode())
    print(a.recv_bytes())
    print(a.recv_bytes())
    print(a.recv())
    p.join()
    b.send_bytes(b"")
    print(repr(a.recv_bytes()), a.poll())
