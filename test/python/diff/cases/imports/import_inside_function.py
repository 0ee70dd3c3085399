def get_sep():
    import os
    return os.sep


def get_choice():
    from random import Random
    return Random(5).choice(["red", "green", "blue"])


print(get_sep())
print(get_choice())
try:
    os
except NameError as e:
    print(type(e).__name__, e)
try:
    Random
except NameError as e:
    print(type(e).__name__, e)
