print("before class")


class Registry:
    print("class body runs")
    items = []
    for i in range(3):
        items.append(i * i)
    total = sum(items)
    del i

    def method(self):
        try:
            return total
        except NameError as e:
            return "NameError: " + str(e)


print("after class")
print(Registry.items, Registry.total, hasattr(Registry, "i"))
print(Registry().method())
