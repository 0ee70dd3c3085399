def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))


primes = [n for n in range(50) if is_prime(n)]
print(primes)
print({p: p * p for p in primes[:5]})
words = "Beautiful is better than ugly Explicit is better than implicit".split()
print(sorted({w.lower() for w in words}))
print([w for w in words if w[0].isupper()])
lengths = {w: len(w) for w in words}
print(max(lengths, key=lengths.get))
print(sum(1 for w in words if w == "better"))
