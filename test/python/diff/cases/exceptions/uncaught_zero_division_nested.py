def average(values):
    return total(values) / len(values)


def total(values):
    return sum(values)


def report(groups):
    for name, values in groups:
        print(name, average(values))


report([("a", [1, 2, 3]), ("b", [10]), ("c", [])])
