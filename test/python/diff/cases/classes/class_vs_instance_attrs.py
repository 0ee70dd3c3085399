class Counter:
    count = 0
    shared = []

    def __init__(self, label):
        self.label = label
        Counter.count += 1
        self.shared.append(label)


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
print(a.shared is b.shared, Counter.shared)
b.shared = ["own"]
print(Counter.shared, b.shared)
del a.count
print(a.count)
Counter.count = 50
print(a.count, b.count)
print("count" in a.__dict__, "label" in a.__dict__, sorted(a.__dict__))
try:
    print(Counter.label)
except AttributeError as e:
    print("AttributeError:", e)
