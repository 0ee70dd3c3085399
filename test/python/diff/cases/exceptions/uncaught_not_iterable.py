count = 3
print("looping")
for i in count:
    print(i)
