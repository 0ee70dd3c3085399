# Form feeds (Emacs page breaks) on lines of their own, at the top level and in a block.
def f():
    x = 1

    return x

print(f())
if True:
    y = 2
print(y)
