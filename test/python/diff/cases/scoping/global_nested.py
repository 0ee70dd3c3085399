level = 0


def outer():
    level = 1

    def inner():
        global level
        level = 99
        return level

    r = inner()
    return r, level


print(outer(), level)


def reader():
    return level + 1


print(reader())


def make():
    def set_it():
        global made_here
        made_here = "yes"

    set_it()


make()
print(made_here)
