# Values of several typecodes, and an Array of chars used as a string buffer.
import multiprocessing as mp
import os


def update(i, d, c, buf):
    i.value += 5
    d.value *= 2.5
    c.value = b"z"
    buf.value = b"done"


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    i = mp.Value("i", 1)
    d = mp.Value("d", 1.5)
    c = mp.Value("c", b"a")
    buf = mp.Array("c", 10)
    p = mp.Process(target=update, args=(i, d, c, buf))
    p.start()
    p.join()
    print(i.value, d.value, c.value, buf.value)
