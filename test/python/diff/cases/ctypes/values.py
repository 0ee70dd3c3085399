# ctypes values hold what C variables of their type hold; arrays and structures have fields.
import ctypes
from ctypes import (c_int, c_uint, c_double, c_float, c_char, c_bool, c_byte, c_long, c_wchar,
                    c_short, Structure, sizeof)

print(c_int(2 ** 32 + 5), c_float(0.1), c_char(b"a"), c_bool(5), c_bool(0), c_double(1))
print(c_long(-1), c_uint(-1), c_wchar("x"), c_byte(200), c_short(70000))
print(c_int(), c_double(), c_char(), c_bool(), c_char(65))
x = c_int(3)
x.value = 7
x.value += 1
print(x.value, x, bool(c_int(0)), c_int.__name__, c_int._type_, c_double._type_, c_bool._type_)
for t, v in [(c_int, "a"), (c_int, 1.5), (c_double, "x"), (c_char, "a"), (c_char, 300), (c_wchar, b"a")]:
    try:
        t(v)
    except TypeError as e:
        print("TypeError:", e)


class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_double)]


class Segment(Structure):
    _fields_ = [("start", Point), ("end", Point), ("label", c_char * 4)]


p = Point(1, 2)
print(p.x, p.y, Point().x, Point.x, Point.y, type(p).__name__)
p.x = 2 ** 33 + 1
print(p.x)
s = Segment(Point(1, 2), (3, 4))
s.label = b"ab"
print(s.start.x, s.end.y, s.label, s.label.value if hasattr(s.label, "value") else s.label)
s.start.x = 9
print(s.start.x)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
IntArray3 = c_int * 3
a = IntArray3(1, 2)
print(IntArray3, a[:], len(a), a[2], list(a), type(a).__name__, a[-1], a[0:2])
a[1] = 2 ** 31
print(a[1], (c_int * 3) is IntArray3)
try:
    a[3]
except IndexError as e:
    print("IndexError:", e)
buf = (c_char * 5)()
buf.value = b"hi"
print(buf.value, buf.raw, buf[:2])
pts = (Point * 2)((1, 2), Point(3, 4))
print([(q.x, q.y) for q in pts])
print(sizeof(c_int), sizeof(c_double), sizeof(Point), sizeof(IntArray3), sizeof(c_bool), sizeof(c_long),
      sizeof(Segment), sizeof(p), ctypes.sizeof(c_char * 10))
try:
    sizeof(3)
except TypeError as e:
    print("TypeError:", e)
