# Comprehensions and generators: list/dict/set comprehensions, generator expressions, a generator function, zip, enumerate.
def gen(n):
    for i in range(n):
        if i % 3:
            yield i * i

squares = [x * x for x in range(450000)]
evens = [x for x in squares if x % 2 == 0]
index = {i: v for i, v in enumerate(evens[:100000])}
total = sum(x for x in gen(450000))
pairs = sum(a * b for a, b in zip(range(200000), range(200000, 0, -1)))
nested = [[j for j in range(i % 10)] for i in range(50000)]
print(len(evens), len(index), total, pairs, sum(len(n) for n in nested))
