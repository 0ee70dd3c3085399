for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=" ")
    print("| row", i)

found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)

count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of 3:", count)
