stock = {"apple": 3, "pear": 0}
for fruit in ["apple", "pear", "plum"]:
    print(fruit, stock[fruit])
