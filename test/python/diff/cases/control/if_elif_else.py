def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in [-5, 0, 7, 10, 99, 100, 10 ** 20]:
    print(n, classify(n))

x = 15
if x % 3 == 0 and x % 5 == 0:
    print("FizzBuzz")
if x % 2 == 0 or x > 10:
    print("even or big")
if not x:
    print("falsy")
else:
    print("truthy")
if []:
    print("empty list is true?")
elif {}:
    print("empty dict is true?")
elif "0":
    print("non-empty string '0' is true")
