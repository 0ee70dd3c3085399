value = 5
print(value.real)
value.foo()
