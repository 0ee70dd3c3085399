a = 1
b = [1, 2, 3]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
c = d = "shared"
del c
print(d)
x, y = 1, 2
del x, y
try:
    x
except NameError as e:
    print("NameError:", e)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
