def outer(n):
    def helper(k):
        return k * n

    def helper2(k):
        return helper(k) + 1

    return [helper2(i) for i in range(n)]


print(outer(3))
print(outer(0))


def make_ops():
    def push(stack, x):
        stack.append(x)
        return stack

    def pop(stack):
        return stack.pop()

    return push, pop


push, pop = make_ops()
s = []
push(s, 1)
push(s, 2)
print(pop(s), s)
print(push.__name__, outer.__name__)
