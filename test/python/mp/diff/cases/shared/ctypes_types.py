import ctypes
import multiprocessing as mp
import os
from multiprocessing import sharedctypes


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_double)]


def update(v, flag, name, pt, pts):
    v.value += 1.25
    flag.value = False
    name.value = b"child"
    pt.x += 10
    pt.y = -1.5
    pts[1].x = 99


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    v = mp.Value(ctypes.c_double, 1.5)
    flag = mp.Value(ctypes.c_bool, True)
    name = mp.Array(ctypes.c_char, 10)
    pt = mp.Value(Point, 1, 2)
    pts = mp.Array(Point, [(1, 2), (3, 4)])
    print(repr(v), repr(flag), repr(name), repr(pt), repr(pts))
    print(v.value, flag.value, name.value, name.raw, pt.x, pt.y, [(p.x, p.y) for p in pts])
    p = mp.Process(target=update, args=(v, flag, name, pt, pts))
    p.start()
    p.join()
    print(v.value, flag.value, name.value, pt.x, pt.y, [(q.x, q.y) for q in pts])
    print(mp.Value("d", 1.5).value == mp.Value(ctypes.c_double, 1.5).value)
    raw = mp.RawValue(ctypes.c_int, 3)
    arr = mp.RawArray(ctypes.c_long, [1, 2, 3])
    print(repr(raw), type(raw) is ctypes.c_int, arr[:], type(arr).__name__, ctypes.sizeof(arr))
    print(type(mp.Value(ctypes.c_int).get_obj()) is ctypes.c_int, type(pt).__name__)
    c = sharedctypes.copy(pt.get_obj())
    print(c.x, c.y, type(c).__name__)
    with pt.get_lock():
        pt.x = 5
    print(pt.x)
    for bad in ["x", 3]:
        try:
            mp.Value(bad, 1)
        except TypeError as e:
            print("TypeError:", str(e).split(" (")[0])
