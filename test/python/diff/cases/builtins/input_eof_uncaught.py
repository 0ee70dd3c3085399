first = input("first: ")
print("got", first)
second = input("second: ")
print("never", second)
