# Dict- and set-heavy code: a word counter, get/setdefault, items, set algebra.
counts = {}
for i in range(500000):
    k = i % 1000
    counts[k] = counts.get(k, 0) + 1
groups = {}
for i in range(200000):
    groups.setdefault(i % 97, []).append(i)
seen = set()
dups = 0
for i in range(300000):
    v = (i * 7) % 100000
    if v in seen:
        dups += 1
    else:
        seen.add(v)
evens = {x for x in range(0, 200000, 2)}
threes = {x for x in range(0, 200000, 3)}
both = evens & threes
total = sum(v for k, v in counts.items() if k % 2 == 0)
print(len(counts), total, len(groups[5]), dups, len(both), len(evens | threes))
