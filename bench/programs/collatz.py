# Collatz sequence lengths with a memo dict.
memo = {1: 1}
def length(n):
    steps = []
    while n not in memo:
        steps.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    k = memo[n]
    for m in reversed(steps):
        k += 1
        memo[m] = k
    return k

best, arg = 0, 0
for i in range(1, 300000):
    l = length(i)
    if l > best:
        best, arg = l, i
print(arg, best, len(memo))
