expr = "2 * (3 + 4"
print("evaluating", expr)
print(eval(expr))
