for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
age = 17
status = "adult" if age >= 18 else "minor"
print(status)
values = [x if x % 2 else -x for x in range(6)]
print(values)


def side(label, result):
    print("evaluated", label)
    return result


print(side("a", 1) if side("cond", False) else side("b", 2))
print((lambda v: "big" if v > 100 else "small")(1000))
