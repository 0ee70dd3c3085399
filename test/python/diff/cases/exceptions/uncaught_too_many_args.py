def greet(name):
    print("hello", name)


greet("a")
greet("a", "b")
