print(int("42"), int("-17"), int(" 8 "), int("0b11", 2), int("11", 2), int("777", 8), int("FF", 16))
print(int(7.9), int(-7.9), int("00012"), int("1" * 20))
print(float("3.14"), float("-1e-3"), float(3), float("  5  "), float("NaN"), float("-Infinity"))
print(str(42), str(3.0), str(1e-10), str(True), str([1, "2"]), str((1,)), str({"a": [1]}))
print(repr("x"), repr(1.0), repr([1, "x", None]), repr({1: (2,)}))
print(bool(""), bool("0"), bool([]), bool([0]), bool(0.0), bool(-1), bool(None))
print(list("abc"), tuple([1, 2]), set([3, 3, 1]), dict([(1, "a")]), list({"b": 1, "a": 2}))
print(list(map(str, [1, 2])), tuple("hi"), list(range(3, 0, -1)))
print(chr(65), ord("a"), str(b"bytes"), bytes("s", "ascii"), int(b"12"), float(b"1.5"))
for bad in ["1.5", "abc", "", "1e5", "0x10"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
