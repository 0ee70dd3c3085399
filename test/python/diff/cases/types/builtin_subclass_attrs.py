# Instances of subclasses of the builtin types have a __dict__: attributes can be set on
# them (bytes included), and the value still behaves as the builtin.
class Tag(bytes):
    pass


class Name(str):
    pass


class Count(int):
    pass


class Ratio(float):
    pass


class Pair(tuple):
    pass


class Buf(bytearray):
    pass


t = Tag(b"ab")
t.note = "hi"
print(t, t.note, t.__dict__, len(t), t + b"c", type(t[:1]).__name__, t == b"ab", hash(t) == hash(b"ab"))
print(Tag().__dict__, Tag(3), Tag("é", "utf-8"), Tag([65, 66]).decode())
for value in (Name("x"), Count(3), Ratio(1.5), Pair((1,)), Buf(b"x")):
    value.extra = type(value).__name__
    print(repr(value), value.extra, vars(value))
try:
    b"plain".note = 1
except AttributeError as e:
    print(e)
