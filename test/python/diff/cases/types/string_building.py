parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), "+".join(parts[1:]))
line = ""
for word in ["alpha", "beta", "gamma"]:
    if line:
        line += ", "
    line += word.capitalize()
print(line)
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for name, qty in table:
    print(str(name).ljust(8) + str(qty).rjust(5))
print("=" * 13)
csv = "\n".join(",".join(str(x) for x in row) for row in table)
print(csv)
print(csv.splitlines()[1].split(","))
