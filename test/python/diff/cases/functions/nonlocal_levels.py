def level1():
    x = 1

    def level2():
        x = 2

        def level3():
            nonlocal x
            x += 10
            return x

        r = level3()
        return r, x

    r = level2()
    return r, x


print(level1())


def accumulate():
    total = 0
    history = []

    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return total

    for n in [5, 10, -3]:
        add(n)
    return total, history


print(accumulate())
