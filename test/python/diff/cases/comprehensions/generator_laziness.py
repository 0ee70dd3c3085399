def source(n):
    for i in range(n):
        print("  producing", i)
        yield i


print("creating generator")
doubled = (x * 2 for x in source(3))
print("created, nothing produced yet")
for value in doubled:
    print("consumed", value)

print("list comprehension is eager:")
eager = [x * 2 for x in source(2)]
print("built", eager)

print("first match only:")
first = next(x for x in source(10) if x >= 1)
print("first", first)
