factor = "global factor"


class Scale:
    factor = 10
    doubled = factor * 2
    values = [factor * i for i in range(3)]

    def get(self):
        return factor

    def get_class(self):
        return self.factor, Scale.factor


s = Scale()
print(Scale.doubled, Scale.values)
print(s.get())
print(s.get_class())


class Tricky:
    base = 3
    try:
        items = [base + i for i in range(2)]
    except NameError as e:
        items = "NameError: " + str(e)
    first_iterable_ok = [i for i in range(base)]


print(Tricky.items, Tricky.first_iterable_ok)
