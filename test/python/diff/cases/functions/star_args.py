def total(*args):
    print(type(args).__name__, len(args), args)
    return sum(args)


print(total())
print(total(1))
print(total(1, 2, 3))
nums = [4, 5, 6]
print(total(*nums))
print(total(*nums, 10, *range(3)))


def first_and_rest(first, *rest):
    return first, rest


print(first_and_rest(1))
print(first_and_rest(1, 2, 3))
print(first_and_rest(*"abc"))
