s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.find("at", 6), s.find("at", 6, 8))
print(s.index("sat"), s.rindex("the"), s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.endswith("mat"), s.startswith(("a", "t")), s.endswith("cat", 0, 7))
print(s.replace("at", "og"), "|", s.replace("the", "a", 1), "|", "aaa".replace("a", "b", 2))
print("".replace("", "x"), "ab".replace("", "-"))
print("mississippi".find("ss"), "mississippi".rfind("ss"), "mississippi".rindex("i"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
