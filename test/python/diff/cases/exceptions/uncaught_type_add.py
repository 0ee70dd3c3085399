total = 0
items = [1, 2, "3"]
for item in items:
    total = total + item
    print("total", total)
