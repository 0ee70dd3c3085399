words = ["apple", "bob", "kiwi", "banana", "fig"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({len(w): w for w in words})
prices = {"tea": 3, "cake": 5, "water": 1}
print({k: v * 2 for k, v in prices.items() if v > 1})
print({v: k for k, v in prices.items()})
print({i: i ** 2 for i in range(6)})
print({(i, j): i + j for i in range(2) for j in range(2)})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({ch: "mississippi".count(ch) for ch in "mississippi"})
