print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any(x > 5 for x in range(3)), all(x < 5 for x in range(3)))
checked = []


def check(x):
    checked.append(x)
    return x > 2


print(any(check(x) for x in [1, 3, 5, 7]), checked)
checked.clear()
print(all(check(x) for x in [3, 4, 1, 9]), checked)
print(any([[]]), any([[0]]), all([()]))
