import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    a = mp.Array("d", [1.5, 2.5])
    print(repr(a))
    print(a[:], list(a), len(a), a[0], a[-1])
    z = mp.Array("i", 4)
    print(z[:])
    z[1] = 7
    z[2:4] = [8, 9]
    print(z[:], z[1:3], sum(z))
    try:
        a[5]
    except IndexError as e:
        print("IndexError:", e)
    try:
        z[0] = "s"
    except TypeError as e:
        print("TypeError:", e)
    c = mp.Array("c", b"hi")
    print(c.value, c[:], len(c))
    print(repr(z.get_lock()))
    with z.get_lock():
        z[0] += 100
    print(z[:])
