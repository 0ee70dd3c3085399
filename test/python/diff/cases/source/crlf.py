# Windows line ends (CRLF): the tokenizer reads them as newlines.
x = 1
if x:
    print("crlf", x)
s = """a
b"""
print(repr(s))
print(1 + \
      2)
def f():
    return [1,
            2]
print(f())
