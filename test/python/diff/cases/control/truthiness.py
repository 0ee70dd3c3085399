values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00", 0j]
for v in values:
    print(repr(v), bool(v))
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1 / 0, [] and "x")
print(1 or 1 / 0, None or 0, not None, not "x")


def t(label, value):
    print("eval", label)
    return value


print(t("a", 0) and t("b", 1))
print(t("c", 1) and t("d", 0) or t("e", "fallback"))
print(t("f", 1) or t("g", 2))
