def documented(a, b=1):
    """Adds things."""
    return a + b


def plain():
    pass


print(documented.__name__)
print(documented.__doc__)
print(plain.__doc__)
print(plain())
print(documented.__defaults__)
documented.label = "custom"
print(documented.label)
print(type(documented).__name__, type(lambda: 0).__name__)
print((lambda: 0).__name__)
