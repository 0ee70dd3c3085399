# f-string list building.
out = []
for i in range(400000):
    out.append(f"item {i}: {i * 2} {i / 4:.2f}")
print(len(out), out[-1])
