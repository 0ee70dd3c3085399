data = list(range(1, 21))
evens = [x for x in data if x % 2 == 0]
print(evens)
fizz = ["FizzBuzz" if x % 15 == 0 else "Fizz" if x % 3 == 0 else "Buzz" if x % 5 == 0 else x for x in data]
print(fizz)
print([x for x in data if x > 5 and x < 10 or x == 20])
nested = [[1, -2], [], [3, -4, 5]]
print([x for sub in nested if sub for x in sub if x > 0])
words = ["", "a", "bb", "", "ccc"]
print([w for w in words if w], list(filter(None, words)))
