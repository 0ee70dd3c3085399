print("con" + "cat", "ab" * 3, "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("back\\slash"))
print(repr("tab\there"), repr("new\nline"), repr("\x00\x07\x1b\x7f"), repr("\u00e9\u200b"))
print(r"raw\n string", len(r"\n"), len("\n"), "\x41\u0042\N{LATIN SMALL LETTER C}")
multi = """line one
  line two
line three"""
print(multi)
print(len(multi), multi.count("\n"))
print("implicit " "concatenation", ("a" "b" "c"))
s = "abc"
t = s
s += "d"
print(s, t)
print(str(), repr(str()), str(123), str(-1.5), str([1, "a"]), str(None))
print("%" + "d", "{}" + "x", "a\
b")
