age = 30
print("before")
message = "age: " + age
print(message)
