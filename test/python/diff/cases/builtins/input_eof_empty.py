print("asking")
try:
    answer = input("answer> ")
except EOFError as e:
    print()
    print("EOFError:", repr(e), str(e))
print("after")
