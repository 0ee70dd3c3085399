matrix = [[3, 8, 1], [9, 4, 7], [2, 6, 5]]
target = 7
for r, row in enumerate(matrix):
    for c, value in enumerate(row):
        if value == target:
            print("found", target, "at", (r, c))
            break
    else:
        continue
    break
else:
    print("not found")

diag = [matrix[i][i] for i in range(3)]
anti = [matrix[i][2 - i] for i in range(3)]
print(diag, anti, sum(diag), sum(anti))
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [v for row in matrix for v in row if v % 2]
print(flat)
