import multiprocessing as mp
import os


def writer(w, r):
    r.close()
    for i in range(3):
        w.send(f"message {i}")
    w.close()


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    r, w = mp.Pipe(duplex=False)
    print("reader:", r.readable, r.writable, "| writer:", w.readable, w.writable)
    for label, call in [("r.send", lambda: r.send(1)), ("w.recv", w.recv), ("w.poll", w.poll),
                        ("r.send_bytes", lambda: r.send_bytes(b"x")), ("w.recv_bytes", w.recv_bytes)]:
        try:
            call()
        except OSError as e:
            print(label, "->", type(e).__name__, e)
    p = mp.Process(target=writer, args=(w, r))
    p.start()
    w.close()
    while True:
        try:
            print(r.recv())
        except EOFError as e:
            print("EOFError", repr(e))
            break
    p.join()
