data = {"name": "O'Brien", "tags": ["a", 'b"c'], "nested": {"t": (1,), "e": (), "s": set(), "f": frozenset()}}
print(data)
print(repr(data) == str(data))
print([1, [2, [3, [4]]]], ((1, 2), (3,)), [{"k": None}], [True, 1.0, -0.0])
loop = [1, 2]
loop.append(loop)
print(loop)
d = {}
d["self"] = d
print(d)
print(["multi\nline", "tab\t"], ("quote'",))
print({1: "one", (2, 3): [4.5], None: False, "s": b"bytes"})
print([range(3), slice(1, 2), type(None), int, "str"])
