# A form feed in the indentation of a code line resets the column (CPython tokenizer.c).
def g():
    a = 1
    b = 2
      return a + b
print(g())
x = 1 + \
 2
print(x)
if x:
	print("tab after a form feed")
