def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


ops = {"+": add, "-": sub, "*": mul, "/": lambda a, b: a / b}
program = [("+", 2, 3), ("-", 10, 4), ("*", 6, 7), ("/", 1, 4), ("%", 1, 1)]
for op, a, b in program:
    func = ops.get(op)
    if func is None:
        print("unknown op", op)
    else:
        print(a, op, b, "=", func(a, b))
