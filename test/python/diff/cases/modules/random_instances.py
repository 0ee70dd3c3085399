import random

a = random.Random(7)
b = random.Random(7)
c = random.Random(8)
print(a.random() == b.random(), a.random() == c.random())
print(a.randint(1, 6), b.randint(1, 6), c.randint(1, 6))
r = random.Random(7)
print([r.randint(1, 6) for _ in range(10)])
r.seed(7)
print([r.randint(1, 6) for _ in range(10)])
random.seed(7)
print([random.randint(1, 6) for _ in range(10)])
r2 = random.Random(123)
items = ["红", "橙", "黄", "绿", "青", "蓝", "紫"]
r2.shuffle(items)
print(items)
print(r2.sample(items, 3), r2.choice(items))
print(type(r2).__name__)
