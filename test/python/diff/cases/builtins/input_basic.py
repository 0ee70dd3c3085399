name = input("What is your name? ")
age = int(input("Age: "))
print(f"Hello, {name}! Next year you will be {age + 1}.")
line = input()
print("raw line:", repr(line))
numbers = [int(x) for x in input("numbers: ").split()]
print("sum =", sum(numbers))
