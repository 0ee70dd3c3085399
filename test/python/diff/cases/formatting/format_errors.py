tests = [
    (1.5, "d"), ("text", "d"), (42, "s"), ("x", "+"), ("x", "="), (7, ".2s"),
    (3, "z"), ("abc", ",") , (5, ",."), (2.5, "x"), (None, "d"), ([1], ">5"),
]
for value, spec in tests:
    try:
        result = format(value, spec)
        print(repr(value), repr(spec), "->", repr(result))
    except (ValueError, TypeError) as e:
        print(repr(value), repr(spec), "->", type(e).__name__ + ":", e)
