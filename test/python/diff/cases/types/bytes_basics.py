b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b), bytes([72, 105]), bytes(3), bytes("héllo", "utf-8"))
print(b.decode(), b.decode("ascii"), "héllo".encode(), "héllo".encode("latin-1"))
print(b"\x00\x01\xff", b"\t\n\r", b"quote'", b'dq"', b"both'\"", b"\\")
print(b + b" world", b * 2, b"ll" in b, 104 in b, b.upper(), b.split(b"l"))
print(b.hex(), bytes.fromhex("48656c6c6f"), b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"))
print(b == "hello", b == b"hello", b"abc" < b"abd", bytes(b"x") is not None)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    "ü".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
