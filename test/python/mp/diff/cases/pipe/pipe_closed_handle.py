import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a, b = mp.Pipe()
    print("closed before:", a.closed)
    a.close()
    print("closed after:", a.closed)
    for label, call in [("send", lambda: a.send(1)), ("recv", a.recv), ("poll", a.poll),
                        ("send_bytes", lambda: a.send_bytes(b"x")), ("fileno", a.fileno)]:
        try:
            call()
        except OSError as e:
            print(label, "->", type(e).__name__, e)
    a.close()
    print("second close is fine")
    try:
        b.send("to nobody")
    except BrokenPipeError as e:
        print("send to closed peer ->", type(e).__name__, e)
    with mp.Pipe()[0] as c:
        print("inside with, closed =", c.closed)
    print("after with, closed =", c.closed)
