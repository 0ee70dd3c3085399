big = 10 ** 400
print(len(str(big)))
print(big * 1.0)
