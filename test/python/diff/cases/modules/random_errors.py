import random

random.seed(1)
tests = [
    lambda: random.randint(5, 1),
    lambda: random.randrange(0),
    lambda: random.randrange(1, 10, 0),
    lambda: random.choice([]),
    lambda: random.sample([1, 2], 3),
    lambda: random.randrange(10, 1),
    lambda: random.uniform("a", 1),
]
for t in tests:
    try:
        print(t())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(random.randint(3, 3), random.randrange(4, 5))
