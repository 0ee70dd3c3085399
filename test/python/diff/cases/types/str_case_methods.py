s = "hello World of PYTHON"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "STRASSE".casefold(), "ß".casefold())
print("they're bill's".title(), "hello_world".title(), "x1y2".title())
print("[" + "mid".center(9) + "]", "[" + "mid".center(8, "*") + "]", "[" + "ab".center(1) + "]")
print("[" + "left".ljust(8, ".") + "]", "[" + "right".rjust(8) + "]")
print("42".zfill(5), "-42".zfill(5), "+3.5".zfill(7), "abc".zfill(2), "".zfill(3))
print("tab\tsep".expandtabs(4), "a\tb".expandtabs())
