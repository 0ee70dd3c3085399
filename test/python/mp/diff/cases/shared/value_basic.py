import multiprocessing as mp
import os

if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    v = mp.Value("i", 0)
    d = mp.Value("d", 1.0)
    print(repr(v), repr(d), v.value, d.value)
    print(repr(v.get_lock()))
    raw = mp.Value("i", 5, lock=False)
    print(repr(raw), raw.value)
    try:
        raw.get_lock()
    except AttributeError as e:
        print("AttributeError:", e)
    for bad in ["a", 2.7]:
        try:
            v.value = bad
        except TypeError as e:
            print("TypeError:", e)
    print("2**40 wraps:", mp.Value("i", 2 ** 40).value, "| -1 in 'I':", mp.Value("I", -1).value)
    try:
        mp.Value("x", 1)
    except TypeError as e:
        print("TypeError:", e)
    print(mp.Value("c", b"a").value, mp.Value("b", -3).value, mp.Value("d", 1 / 3).value)
    v.value += 5
    print(v.value)
