# Sieve of primes: list indexing and slice assignment.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k in range(n + 1) if flags[k]]

def slow_sieve(n):
    flags = [True] * (n + 1)
    for i in range(2, n + 1):
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
    return sum(1 for k in range(2, n + 1) if flags[k])

primes = sieve(2000000)
print(len(primes), primes[-1], slow_sieve(600000))
