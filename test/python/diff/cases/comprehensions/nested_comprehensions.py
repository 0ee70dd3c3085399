matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 10 for x in row if x % 2] for row in matrix])
print([(a, b) for a in range(3) for b in range(a)])
print([(a, b) for a in "xy" for b in "12" if not (a == "y" and b == "1")])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
table = {r: {c: r * c for c in range(1, 3)} for r in range(1, 3)}
print(table)
pythagorean = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythagorean)
