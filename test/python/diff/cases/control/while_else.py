n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally, n =", n)

n = 0
while True:
    n += 1
    if n == 4:
        print("breaking at", n)
        break
else:
    print("never printed")

n = 10
while n > 0:
    n -= 3
    if n % 2 == 0:
        continue
    print("odd n", n)
else:
    print("else after continue loop, n =", n)

while False:
    print("never")
else:
    print("else of a loop that never ran")
