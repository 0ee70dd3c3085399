def describe(name, age, city="Paris"):
    return f"{name} ({age}) from {city}"


print(describe("Ana", 30))
print(describe(age=41, name="Ben"))
print(describe("Cal", city="Rome", age=22))
for args, kwargs in [((), {"name": "x"}), (("a", 1), {"age": 2}), (("a",), {"agee": 3, "age": 1})]:
    try:
        print(describe(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
