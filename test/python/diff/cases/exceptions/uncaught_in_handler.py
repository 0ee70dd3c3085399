try:
    result = [1, 2, 3][10]
except IndexError:
    print("handling IndexError")
    result = {"a": 1}["b"]
