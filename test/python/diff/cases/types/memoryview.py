# memoryview over bytes and bytearray: indexing, slicing (with steps), writing through a
# view, tobytes/tolist/hex, release and the with statement, cast to the common formats,
# readonly, the attributes, equality, hashing, and CPython's errors.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = bytearray(b"hello world")
m = memoryview(data)
print(len(m), m[0], m[-1], m.obj is data, m.readonly, m.format, m.itemsize, m.nbytes)
print(m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m[0:5].tobytes(), m[6:].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[5:1].tobytes())
print(m[::3].tolist(), m[::3].strides, m[::3].c_contiguous, m[::-2].shape)
m[0] = ord("J")
m[6:11] = b"WORLD"
m[1::2] = b"-----"
print(data)
view = m[6:]
view[0] = 119
print(data, bytes(view), bytearray(view), list(view[:3]))
print(m.hex(), m[:3].hex(":"), b"<" + m[:2], bytearray(b">") + m[-2:])
print(m == data, m == bytes(data), m[:3] == b"Je-", m == "hello", m[:2] != b"Je")

ro = memoryview(b"abcdef")
print(ro.readonly, ro.toreadonly().readonly, m.toreadonly().readonly, hash(ro) == hash(b"abcdef"))
print(ro[1:4].tobytes(), ro[-2:].tolist(), memoryview(ro)[2], ro.obj)

ints = memoryview(bytearray(range(8))).cast("i")
print(ints.format, ints.itemsize, len(ints), ints.nbytes, ints.tolist(), ints.shape)
ints[1] = -2
print(ints.tolist(), ints.cast("B").tolist())
print(memoryview(b"\x01\x00\xff\xff").cast("h").tolist(), memoryview(b"\x01\x00\xff\xff").cast("H").tolist())
print(memoryview(b"\x00\x00\x00\x00\x00\x00\xf0?").cast("d").tolist(), memoryview(b"ab").cast("c").tolist())
print(memoryview(b"\x00\x02").cast("?").tolist(), memoryview(b"\xff" * 8).cast("q")[0], memoryview(b"\xff" * 8).cast("Q")[0])
print(memoryview(b"abcd").cast("@i", (1,)).shape, memoryview(b"abcd").cast("h") == memoryview(b"abcd").cast("H"))
print(memoryview(b"ab").cast("c") == b"ab", memoryview(b"ab").cast("b").tolist())

with memoryview(bytearray(b"xyz")) as w:
    print(w[1], w.tobytes())
print(repr(w).startswith("<released memory at 0x"))
attempt("after with:", lambda: w[0])
attempt("after with:", lambda: len(w))
attempt("after with:", lambda: w.format)
w.release()
print("release twice is fine", w == w)

attempt("str:", lambda: memoryview("abc"))
attempt("int:", lambda: memoryview(5))
attempt("index:", lambda: m[20])
attempt("index:", lambda: m[-20])
attempt("key:", lambda: m["a"])
attempt("key:", lambda: m[1.5])
attempt("key:", lambda: m[()])
attempt("key:", lambda: m[1, 2])
attempt("key:", lambda: m[(2,)])


def assign(view, key, value):
    view[key] = value


def delete(view, key):
    del view[key]


attempt("value:", lambda: assign(m, 0, 256))
attempt("value:", lambda: assign(m, 0, -1))
attempt("type:", lambda: assign(m, 0, "a"))
attempt("type:", lambda: assign(m, 0, 1.0))
attempt("size:", lambda: assign(m, slice(0, 2), b"abc"))
attempt("readonly:", lambda: assign(ro, 0, 1))
attempt("delete:", lambda: delete(m, 0))
attempt("int range:", lambda: assign(ints, 0, 2**31))
attempt("c item:", lambda: assign(memoryview(bytearray(2)).cast("c"), 0, b"zz"))
attempt("hash:", lambda: hash(m))
attempt("hash:", lambda: hash(memoryview(b"abcd").cast("i")))
attempt("cast:", lambda: m.cast("x"))
attempt("cast:", lambda: m.cast("i"))
attempt("cast:", lambda: m[::2].cast("B"))
attempt("cast:", lambda: ints.cast("h"))
attempt("order:", lambda: memoryview(b"ab") < memoryview(b"ab"))
attempt("attribute:", lambda: m.count)
attempt("subclass:", lambda: type("V", (memoryview,), {}))
