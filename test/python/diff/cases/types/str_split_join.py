print("a b  c\t\nd ".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  x  ".split(" "), "".split(), "".split(","), "abc".split("b"))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(keepends=True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join([]), "x".join("123"))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print("xxhixx".strip("x"), "www.example.com".strip("cmowz."), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("1,2,3".split(",")[::-1], list(map(int, "4 5 6".split())))
print("a  b".split(" "), "a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
