counter = 10
print("counter is", counter)
print(countr)
