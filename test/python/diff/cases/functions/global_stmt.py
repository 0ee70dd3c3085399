counter = 0
name = "module"


def bump():
    global counter
    counter += 1


def rename(new):
    global name
    name = new


def shadow():
    name = "local"
    return name


for _ in range(5):
    bump()
print(counter)
print(shadow(), name)
rename("changed")
print(name)


def create_global():
    global created
    created = "made inside function"


try:
    print(created)
except NameError as e:
    print("NameError:", e)
create_global()
print(created)
