print(format(3.14159, ".2f"), format(42, "05d"), format("txt", ">6"), format(255, "x"))
print(format(1234567.891, ",.2f"), format(0.5, "%"), format(0.5, ".0%"), format(-1, "+"))
print(format(12), format(1.0), format("s"), format([1, 2]), format(None))
print(repr(format(3, "")), repr(format(3.0, "")), format(True), format(True, "d"), format(True, ">5"))
print(format(10 ** 20, ","), format(2 ** 0.5, ".10f"), format(1e-5, ".2e"))
for spec in ["d", "s", "10.2"]:
    for v in [42, 4.2, "42"]:
        try:
            print(spec, repr(v), "->", repr(format(v, spec)))
        except ValueError as e:
            print(spec, repr(v), "-> ValueError:", e)
